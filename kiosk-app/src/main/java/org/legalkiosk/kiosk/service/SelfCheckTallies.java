package org.legalkiosk.kiosk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.BookingStoreException;
import org.legalkiosk.content.selfcheck.SelfCheckTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts finished self-checks in the booking store's outbox, one {@value #EVENT_TYPE} row per check, so the outbox
 * worker delivers them with the bookings. The payload names the check, its outcome and the day: no answers, no
 * time of day, nothing that could point back to the person who stood at the terminal.
 */
public final class SelfCheckTallies implements SelfCheckStatistics {

    public static final String EVENT_TYPE = "selfcheck.completed";

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckTallies.class);

    private final BookingStore store;
    private final Clock clock;

    public SelfCheckTallies(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(SelfCheckTally tally) {
        if (tally.count() == 0) {
            return;
        }
        try {
            store.outbox()
                    .append(
                            EVENT_TYPE,
                            payload -> payload.put("checkId", tally.checkId())
                                    .put("outcomeId", tally.outcomeId())
                                    .put("count", tally.count())
                                    .put("day", LocalDate.now(clock).toString()));
        } catch (BookingStoreException e) {
            throw new BookingStoreException("cannot record the self-check tally", e);
        }
        LOG.info("Self-check {} finished with outcome {}", tally.checkId(), tally.outcomeId());
    }
}
