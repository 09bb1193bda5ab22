package org.legalkiosk.kiosk.service.callback;

import java.time.Clock;
import java.util.Objects;

import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.BookingStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callback requests as {@value #EVENT_TYPE} events in the booking store's outbox: one committed SQLite row (the
 * store's WAL with full sync) is the kiosk's copy, and the outbox worker delivers it to the hub with the bookings,
 * retrying with the same idempotency key until the hub has it. The phone is the one personal field, and the outbox
 * drops it from the row once the hub acknowledged the event ({@code Outbox.markSent}), so the terminal keeps no
 * number longer than delivery needs (docs/decisions/0065).
 */
public final class OutboxCallbackRequests implements CallbackRequests {

    public static final String EVENT_TYPE = "callback.requested";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxCallbackRequests.class);

    private final BookingStore store;
    private final Clock clock;

    public OutboxCallbackRequests(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void submit(CallbackRequest request) {
        try {
            store.outbox()
                    .append(
                            EVENT_TYPE,
                            payload -> payload.put("topic", request.topic())
                                    .put("phone", request.phone())
                                    .put("language", request.language())
                                    .put("requested", clock.instant().toString()));
        } catch (BookingStoreException e) {
            throw new BookingStoreException("cannot keep the callback request", e);
        }
        LOG.info("Callback request kept, topic {}", request.topic());
    }
}
