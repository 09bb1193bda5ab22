package org.legalkiosk.booking.store;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Slot;

/**
 * One page of the booking export, oldest change first. {@code next} is the cursor to ask with next time (the same
 * as the one asked with when nothing changed); {@code more} says another page is already waiting.
 */
public record ExportPage(List<Entry> bookings, String next, boolean more) {

    public static final int MAX_LIMIT = 500;

    public ExportPage {
        bookings = List.copyOf(bookings);
    }

    /**
     * A booking as it is now, with its slot (empty if the schedule no longer has it). The booking carries the ID
     * number and phone in clear: masking is the caller's decision, by who asks.
     */
    public record Entry(Booking booking, Optional<Slot> slot, long change) {}
}
