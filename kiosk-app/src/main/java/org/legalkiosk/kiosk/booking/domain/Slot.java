package org.legalkiosk.kiosk.booking.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A time at an office for one service with a number of seats. Slots pushed to a terminal are that terminal's own
 * quota (the county leases each village a block of seats), so the capacity is this terminal's alone and booking
 * works offline without two terminals selling the same seat. Times are the office's local time.
 */
public record Slot(String id, String officeId, String serviceId, LocalDateTime start, LocalDateTime end, int capacity) {

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
    }
}
