package org.legalkiosk.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookingStateTest {

    @ParameterizedTest
    @EnumSource(
            value = BookingState.class,
            names = {"CANCELLED", "ATTENDED", "NO_SHOW", "REJECTED"})
    void aConfirmedBookingMayEndInAnyOtherState(BookingState target) {
        assertEquals(target, BookingState.CONFIRMED.transitionTo(target));
    }

    @ParameterizedTest
    @EnumSource(
            value = BookingState.class,
            names = {"CANCELLED", "ATTENDED", "NO_SHOW", "REJECTED"})
    void finalStatesNeverMove(BookingState from) {
        for (BookingState target : BookingState.values()) {
            assertFalse(from.canMoveTo(target));
            assertThrows(IllegalStateException.class, () -> from.transitionTo(target));
        }
        assertFalse(from.holdsSeat());
    }

    @Test
    void confirmingAgainIsNotAMove() {
        assertThrows(IllegalStateException.class, () -> BookingState.CONFIRMED.transitionTo(BookingState.CONFIRMED));
        assertTrue(BookingState.CONFIRMED.holdsSeat());
    }
}
