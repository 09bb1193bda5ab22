package org.legalkiosk.booking.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking stands. Only a confirmed booking moves on: the person cancels it, or the office reports that the
 * person came, did not come, or that it rejects the booking. Every other state is final.
 */
public enum BookingState {
    CONFIRMED,
    CANCELLED,
    ATTENDED,
    NO_SHOW,
    REJECTED;

    /** The states this one may move to. */
    public Set<BookingState> next() {
        return this == CONFIRMED
                ? EnumSet.of(CANCELLED, ATTENDED, NO_SHOW, REJECTED)
                : EnumSet.noneOf(BookingState.class);
    }

    public boolean canMoveTo(BookingState target) {
        return next().contains(target);
    }

    /** The target state, or an {@link IllegalStateException} when the move is not allowed. */
    public BookingState transitionTo(BookingState target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("a booking cannot move from " + this + " to " + target);
        }
        return target;
    }

    /** True while the booking holds a seat. */
    public boolean holdsSeat() {
        return this == CONFIRMED;
    }
}
