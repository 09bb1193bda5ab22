package org.legalkiosk.kiosk.session;

/**
 * The booking flow's screens, one decision each, in the order a visitor meets them. A step is part of where a visitor
 * is ({@link Route.Booking}), so it lives with the routes; {@code ui.booking} decides which comes next.
 */
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
