package org.legalkiosk.hub.content;

/**
 * A bundle the hub will not take, with what to tell the county admin in Chinese and in English. The hub keeps
 * nothing of a refused upload.
 *
 * @see RefusalMessages
 */
public final class UploadRefused extends Exception {

    private final String zh;
    private final String en;
    private final int status;

    public UploadRefused(int status, String zh, String en) {
        super(en);
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    /** The HTTP status the console answers with (400 for a bad bundle, 413 for a too large one, 409 a duplicate). */
    public int status() {
        return status;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
