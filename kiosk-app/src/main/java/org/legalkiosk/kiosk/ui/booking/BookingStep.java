package org.legalkiosk.kiosk.ui.booking;

/** The booking flow's screens, one decision each, in the order a visitor meets them. */
public enum BookingStep {
    SERVICE,
    OFFICE,
    DAY,
    TIME,
    WHO,
    WHO_BY_HAND,
    PHONE,
    MATTER,
    REVIEW
}
