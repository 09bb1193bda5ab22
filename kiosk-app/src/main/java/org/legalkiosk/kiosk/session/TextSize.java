package org.legalkiosk.kiosk.session;

/** The three text sizes a visitor can choose; every size in the stylesheet is relative to the base size. */
public enum TextSize {
    NORMAL(26, "text-normal"),
    LARGE(32, "text-large"),
    EXTRA_LARGE(40, "text-extra-large");

    private final int basePixels;
    private final String styleClass;

    TextSize(int basePixels, String styleClass) {
        this.basePixels = basePixels;
        this.styleClass = styleClass;
    }

    public int basePixels() {
        return basePixels;
    }

    public String styleClass() {
        return styleClass;
    }
}
