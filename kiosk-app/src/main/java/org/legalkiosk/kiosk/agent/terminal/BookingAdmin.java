package org.legalkiosk.kiosk.agent.terminal;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.schedule.InvalidScheduleException;
import org.legalkiosk.booking.store.ExportPage;
import org.legalkiosk.booking.store.ScheduleResult;

/** What the agent's booking routes ask of the kiosk's bookings. */
public interface BookingAdmin {

    /** A kiosk without bookings: every call throws {@link UnsupportedOperationException} (answered 501). */
    BookingAdmin UNAVAILABLE = new BookingAdmin() {
        @Override
        public ScheduleResult putSchedule(JsonNode document) {
            throw new UnsupportedOperationException("bookings are not available on this kiosk");
        }

        @Override
        public ExportPage export(String cursor, int limit) {
            throw new UnsupportedOperationException("bookings are not available on this kiosk");
        }

        @Override
        public Booking recordOfficeDecision(String code, BookingState target) {
            throw new UnsupportedOperationException("bookings are not available on this kiosk");
        }
    };

    /** Validates the document and loads it; see {@code BookingStore.putSchedule} for what a re-push keeps. */
    ScheduleResult putSchedule(JsonNode document) throws InvalidScheduleException;

    /** Bookings changed after the cursor, with ID numbers and phones in clear (the route masks them). */
    ExportPage export(String cursor, int limit);

    /** See {@code BookingStore.recordOfficeDecision}. */
    Booking recordOfficeDecision(String code, BookingState target);

    /** How many bookings are in each state (for the metrics); empty on a kiosk without bookings. */
    default Map<BookingState, Integer> countsByState() {
        return Map.of();
    }
}
