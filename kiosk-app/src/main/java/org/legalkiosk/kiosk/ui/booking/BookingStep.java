package org.legalkiosk.kiosk.ui.booking;

/** The booking flow's screens, one decision each, in the order a visitor meets them. */
public enum BookingStep {
    SERVICE,
    OFFICE,
    DAY,
    TIME,
    WHO,
    /** Without a card: the name in pinyin on a letter keyboard. */
    WHO_BY_HAND,
    /** Without a card: the ID number on a keypad, after the name. */
    WHO_ID_NUMBER,
    PHONE,
    MATTER,
    /** Optional phrases about the matter, tapped rather than typed. */
    NOTE,
    REVIEW
}
