package org.legalkiosk.kiosk.service.usage;

import java.time.Clock;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.BookingStoreException;

/**
 * Hands a batch of the kiosk's anonymous usage counts to the booking store's outbox as one {@value #EVENT_TYPE}
 * event, which the outbox worker delivers with the bookings. The payload holds a day and counts per kind (and per
 * explainer or category id): no time of day, no search term, nothing typed, nothing about a person. A day may be
 * delivered in several events (one per hour the kiosk was used); the county adds them up.
 */
public final class UsageOutbox {

    public static final String EVENT_TYPE = "usage.counts";

    private final BookingStore store;
    private final Clock clock;

    public UsageOutbox(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void deliver(DayCounts counts) {
        if (counts.isEmpty()) {
            return;
        }
        try {
            store.outbox().append(EVENT_TYPE, payload -> {
                payload.put("day", counts.day().toString());
                ObjectNode byKind = payload.putObject("counts");
                counts.counts().forEach((kind, bySubject) -> {
                    if (bySubject.size() == 1 && bySubject.containsKey("")) {
                        byKind.put(kind, bySubject.get(""));
                    } else {
                        ObjectNode subjects = byKind.putObject(kind);
                        bySubject.forEach(subjects::put);
                    }
                });
            });
        } catch (BookingStoreException e) {
            throw new BookingStoreException("cannot record the usage counts", e);
        }
    }
}
