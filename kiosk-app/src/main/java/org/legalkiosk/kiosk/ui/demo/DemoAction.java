package org.legalkiosk.kiosk.ui.demo;

import java.util.Locale;

/** What the demo panel can make happen to the simulated devices, one button each, in the order shown. */
public enum DemoAction {
    TAP_ID_CARD,
    REMOVE_ID_CARD,
    INSERT_IC_CARD,
    REMOVE_IC_CARD,
    PAPER_OUT,
    PAPER_BACK,
    COVER_OPEN,
    COVER_CLOSED,
    A4_PAPER_OUT,
    A4_PAPER_BACK,
    HELP_BUTTON,
    PERSON_ARRIVES,
    PERSON_LEAVES,
    SHOW_BOOKING_QR;

    /** The button's node id, e.g. {@code demo-paper-out}. */
    public String nodeId() {
        return DemoIds.ACTION_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
