package org.legalkiosk.kiosk.ui.common;

/** Style classes that several features share, defined once in {@code ui/kiosk.css}. */
public final class Styles {

    /**
     * The boxed notice (light warning fill, outline, rounded): a notice on Home and the notices screen, a booking
     * step's "the time you chose was just taken", the self-check's example-figure warning.
     */
    public static final String NOTICE_BOX = "notice-box";

    private Styles() {}
}
