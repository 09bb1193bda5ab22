package org.legalkiosk.booking.domain;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of one day, {@code start} inclusive and {@code end} exclusive, in the office's local time. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(start + "-" + end + " ends before it starts");
        }
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
