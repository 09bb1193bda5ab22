package org.legalkiosk.kiosk.service.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.BookingStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts printed forms in the booking store's outbox, one {@value #EVENT_TYPE} row per printed form, delivered to the
 * county with the bookings. The payload names the form and the day: no answer, no time of day, nothing that could
 * point back to the person. This count is all that remains of a form once it is printed.
 */
public final class FormTallies implements FormStatistics {

    public static final String EVENT_TYPE = "form.printed";

    private static final Logger LOG = LoggerFactory.getLogger(FormTallies.class);

    private final BookingStore store;
    private final Clock clock;

    public FormTallies(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void printed(String formId) {
        try {
            store.outbox()
                    .append(
                            EVENT_TYPE,
                            payload -> payload.put("formId", formId)
                                    .put("count", 1)
                                    .put("day", LocalDate.now(clock).toString()));
        } catch (BookingStoreException e) {
            throw new BookingStoreException("cannot record the printed form", e);
        }
        LOG.info("Form {} printed", formId);
    }
}
