package org.legalkiosk.kiosk.service.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.DayAvailability;
import org.legalkiosk.booking.store.ScheduleReads;
import org.legalkiosk.booking.store.SlotAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking desk over this terminal's SQLite {@link BookingStore}. After each booking or cancellation is stored
 * (its outbox event with it) it calls {@code onChange}, so the wiring can wake the outbox worker
 * ({@code OutboxWorker::nudge}) and the office hears of it soon rather than at the worker's next look.
 * <p>
 * Every choice comes from the store's {@link ScheduleReads}, the same reads the agent reports and the tests check:
 * only what the county's current schedule lists is offered, and only where a seat is still free.
 */
public final class StoreBookingDesk implements BookingDesk {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBookingDesk.class);

    private final BookingStore store;
    private final ScheduleReads schedule;
    private final Clock clock;
    private final Runnable onChange;

    /** A desk that tells no one of changes (the outbox worker then finds them at its next look). */
    public StoreBookingDesk(BookingStore store, Clock clock) {
        this(store, clock, () -> {});
    }

    /**
     * @param clock    the kiosk's clock: offices are offered only with a seat free from now on
     * @param onChange called on the caller's thread after each booking or cancellation is stored, never after a
     *                 failed one; it must be quick (a nudge), and whatever it throws is logged, not passed on: the
     *                 booking is made either way
     */
    public StoreBookingDesk(BookingStore store, Clock clock, Runnable onChange) {
        this.store = store;
        this.schedule = store.schedule();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    @Override
    public List<Service> services() {
        return schedule.services();
    }

    /** A service the schedule lists; one the county dropped is not offered, even when a route names it. */
    @Override
    public Optional<Service> service(String serviceId) {
        return services().stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    @Override
    public List<Office> offices(String serviceId) {
        return schedule.officesOffering(serviceId, LocalDateTime.now(clock));
    }

    @Override
    public Optional<Office> office(String officeId) {
        return schedule.office(officeId);
    }

    @Override
    public List<LocalDate> days(String officeId, String serviceId, LocalDateTime now, int days) {
        return schedule.days(officeId, serviceId, now, days).stream()
                .map(DayAvailability::day)
                .toList();
    }

    @Override
    public List<SlotAvailability> times(String officeId, String serviceId, LocalDate day) {
        return schedule.slots(officeId, serviceId, day);
    }

    @Override
    public BookingDetails book(BookingRequest request) {
        Booking booking = store.book(
                request.slotId(),
                request.name(),
                request.idNumber(),
                request.phone(),
                request.matter(),
                request.note());
        changed();
        return details(booking);
    }

    @Override
    public Optional<BookingDetails> find(String code) {
        return store.find(code).map(this::details);
    }

    @Override
    public BookingDetails cancel(String code) {
        Booking cancelled = store.cancel(code);
        changed();
        return details(cancelled);
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not pass on a booking change; delivery waits for the outbox worker's next look", e);
        }
    }

    private BookingDetails details(Booking booking) {
        Slot slot = schedule.slot(booking.slotId())
                .orElseThrow(() -> new NoSuchElementException("booking " + booking.code() + " has no slot"));
        Office office = schedule.office(slot.officeId())
                .orElseThrow(() -> new NoSuchElementException("slot " + slot.id() + " has no office"));
        Service service = schedule.service(slot.serviceId())
                .orElseThrow(() -> new NoSuchElementException("slot " + slot.id() + " has no service"));
        return new BookingDetails(
                booking,
                slot,
                office,
                service,
                store.decisions().latest(booking.code()).orElse(null));
    }
}
