package org.legalkiosk.booking.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A time at an office for one service with a number of seats. Slots pushed to a terminal are that terminal's own
 * quota (the county leases each village a block of seats), so the capacity is this terminal's alone and booking
 * works offline without two terminals selling the same seat. Times are the office's local time.
 * <p>
 * {@code bookBy} is the last moment the slot is offered: its start, or earlier when the office wants a minimum
 * notice (docs/decisions/0061) so its staff see the booking before the villager arrives.
 */
public record Slot(
        String id,
        String officeId,
        String serviceId,
        LocalDateTime start,
        LocalDateTime end,
        int capacity,
        LocalDateTime bookBy) {

    /** A slot offered until it starts (no minimum notice). */
    public Slot(String id, String officeId, String serviceId, LocalDateTime start, LocalDateTime end, int capacity) {
        this(id, officeId, serviceId, start, end, capacity, start);
    }

    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("slot " + id + " ends before it starts");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("slot " + id + " has a negative capacity");
        }
        Objects.requireNonNull(bookBy, "bookBy");
        if (bookBy.isAfter(start)) {
            throw new IllegalArgumentException("slot " + id + " is offered past its start");
        }
    }

    /** Whether a visitor may still book it at {@code now}: up to and including {@link #bookBy()}. */
    public boolean bookableAt(LocalDateTime now) {
        return !now.isAfter(bookBy);
    }

    /** The same slot with other seats (a terminal's quota of it). */
    public Slot withCapacity(int seats) {
        return new Slot(id, officeId, serviceId, start, end, seats, bookBy);
    }
}
