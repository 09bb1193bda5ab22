package org.legalkiosk.hub.protocol;

import java.util.List;

/**
 * What a terminal says about the schedule it holds, in every heartbeat: the version of the hub's schedule it last
 * applied, and the slots where it kept more seats than that version gave it (its booking store never shrinks a slot
 * below the confirmed bookings it holds, and some of those may not have reached the hub yet). With both the hub knows
 * exactly how many seats of each slot the terminal can sell, so it can give the rest to other terminals.
 *
 * @param version the applied schedule's version (0 before the terminal applied any)
 * @param kept    slots holding more seats than the version gave, at most {@link #MAX_KEPT}
 */
public record ScheduleReport(long version, List<KeptSeats> kept) {

    public static final int MAX_KEPT = 200;

    public ScheduleReport {
        Limits.nonNegative("schedule.version", version);
        kept = kept == null ? List.of() : List.copyOf(kept);
        if (kept.size() > MAX_KEPT) {
            throw new IllegalArgumentException("schedule.kept holds more than " + MAX_KEPT + " entries");
        }
    }

    /** A slot the terminal holds {@code seats} seats of, more than its schedule gave it. */
    public record KeptSeats(String slotId, int seats) {

        public KeptSeats {
            slotId = Limits.text("schedule.kept.slotId", slotId, 100, true);
            Limits.nonNegative("schedule.kept.seats", seats);
        }
    }
}
