package org.legalkiosk.booking.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an office is open on one day: from {@code open} to {@code close}, minus its breaks (a lunch break
 * 12:00-14:00 turns 09:00-17:30 into 09:00-12:00 and 14:00-17:30). Breaks lie inside the hours and do not overlap.
 */
public record DayHours(LocalTime open, LocalTime close, List<TimeRange> breaks) {

    public DayHours {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("closes at " + close + ", not after it opens at " + open);
        }
        breaks = breaks == null
                ? List.of()
                : breaks.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        TimeRange hours = new TimeRange(open, close);
        for (int i = 0; i < breaks.size(); i++) {
            TimeRange pause = breaks.get(i);
            if (!hours.contains(pause)) {
                throw new IllegalArgumentException("break " + pause + " lies outside the hours " + hours);
            }
            if (i > 0 && breaks.get(i - 1).overlaps(pause)) {
                throw new IllegalArgumentException("breaks " + breaks.get(i - 1) + " and " + pause + " overlap");
            }
        }
    }

    public static DayHours of(LocalTime open, LocalTime close, TimeRange... breaks) {
        return new DayHours(open, close, List.of(breaks));
    }

    /** The open stretches between the breaks, in time order. */
    public List<TimeRange> periods() {
        List<TimeRange> periods = new ArrayList<>();
        LocalTime from = open;
        for (TimeRange pause : breaks) {
            if (pause.start().isAfter(from)) {
                periods.add(new TimeRange(from, pause.start()));
            }
            from = pause.end();
        }
        if (close.isAfter(from)) {
            periods.add(new TimeRange(from, close));
        }
        return periods;
    }

    @Override
    public String toString() {
        return open + "-" + close + (breaks.isEmpty() ? "" : " with breaks " + breaks);
    }
}
