package org.legalkiosk.kiosk.agent.terminal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.schedule.InvalidScheduleException;
import org.legalkiosk.booking.schedule.Schedule;
import org.legalkiosk.booking.schedule.ScheduleReader;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.ExportPage;
import org.legalkiosk.booking.store.ScheduleResult;

/**
 * {@link BookingAdmin} over the kiosk's {@link BookingStore}. Plans without a {@code from} start on today's date in
 * the offices' local time, which is the terminal's time zone.
 */
public final class BookingAdminStore implements BookingAdmin {

    private final BookingStore store;
    private final Clock clock;
    private final ZoneId zone;

    public BookingAdminStore(BookingStore store, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Over the store the UI uses; the store stays the caller's to close. */
    public static BookingAdminStore of(BookingStore store, Clock clock) {
        return new BookingAdminStore(store, clock, ZoneId.systemDefault());
    }

    @Override
    public ScheduleResult putSchedule(JsonNode document) throws InvalidScheduleException {
        Schedule schedule = ScheduleReader.read(document, LocalDate.ofInstant(clock.instant(), zone));
        return store.putSchedule(schedule.offices(), schedule.services(), schedule.slots());
    }

    @Override
    public ExportPage export(String cursor, int limit) {
        return store.export(cursor, limit);
    }

    @Override
    public Map<BookingState, Integer> countsByState() {
        return store.countsByState();
    }

    @Override
    public Booking recordOfficeDecision(String code, BookingState target) {
        return store.recordOfficeDecision(code, target);
    }
}
