package org.legalkiosk.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BookingTest {

    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13812345678";

    private final Booking booking = new Booking(
            "4KD7QX", "s1", "张三", ID, PHONE, "欠薪", null, BookingState.CONFIRMED, Instant.parse("2026-11-28T08:00:00Z"));

    @Test
    void printingABookingNeverShowsTheIdNumberOrPhone() {
        String text = booking.toString();
        assertFalse(text.contains(ID), text);
        assertFalse(text.contains(PHONE), text);
        assertFalse(text.contains("张三"), text);
        assertTrue(text.contains("110105********002X"), text);
        assertTrue(text.contains("138****5678"), text);
    }

    @Test
    void stateChangesFollowTheAllowedTransitions() {
        Booking cancelled = booking.withState(BookingState.CANCELLED);
        assertEquals(BookingState.CANCELLED, cancelled.state());
        assertEquals("", cancelled.note());
        assertThrows(IllegalStateException.class, () -> cancelled.withState(BookingState.ATTENDED));
    }

    @Test
    void slotsMustEndAfterTheyStartAndHaveNoNegativeCapacity() {
        LocalDateTime nine = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> new Slot("s", "o", "v", nine, nine, 1));
        assertThrows(IllegalArgumentException.class, () -> new Slot("s", "o", "v", nine, nine.plusHours(1), -1));
        assertEquals(3, new Slot("s", "o", "v", nine, nine.plusMinutes(30), 3).capacity());
    }
}
