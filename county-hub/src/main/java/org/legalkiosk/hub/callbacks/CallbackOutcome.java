package org.legalkiosk.hub.callbacks;

/** How a callback request was closed. Either way the number is purged: the request is done. */
public enum CallbackOutcome {
    CALLED_BACK("已回电", "Called back"),
    NOT_REACHED("未能联系上", "Could not reach");

    private final String zh;
    private final String en;

    CallbackOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
