package org.legalkiosk.kiosk.service.booking;

import org.legalkiosk.kiosk.booking.domain.Booking;
import org.legalkiosk.kiosk.booking.domain.Office;
import org.legalkiosk.kiosk.booking.domain.Service;
import org.legalkiosk.kiosk.booking.domain.Slot;
import org.legalkiosk.kiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.booking.store.ScreenQueries;
import org.legalkiosk.kiosk.booking.store.SlotAvailability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The booking desk over this terminal's SQLite {@link BookingStore}. */
public final class StoreBookingDesk implements BookingDesk {

    private final BookingStore store;
    private final ScreenQueries schedule;

    public StoreBookingDesk(BookingStore store) {
        this.store = store;
        this.schedule = new ScreenQueries(store);
    }

    @Override
    public List<Service> services() {
        return schedule.services();
    }

    @Override
    public Optional<Service> service(String serviceId) {
        return services().stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    @Override
    public List<Office> offices(String serviceId) {
        return schedule.officesOffering(serviceId);
    }

    @Override
    public Optional<Office> office(String officeId) {
        return schedule.office(officeId);
    }

    @Override
    public List<LocalDate> days(String officeId, String serviceId, LocalDateTime now, int days) {
        return schedule.daysWithFreeSeats(officeId, serviceId, now, now.toLocalDate().plusDays(days));
    }

    @Override
    public List<SlotAvailability> times(String officeId, String serviceId, LocalDate day) {
        return store.slots(officeId, serviceId, day);
    }

    @Override
    public BookingDetails book(BookingRequest request) {
        Booking booking = store.book(request.slotId(), request.name(), request.idNumber(), request.phone(),
                request.matter(), request.note());
        return details(booking);
    }

    @Override
    public Optional<BookingDetails> find(String code) {
        return store.find(code).map(this::details);
    }

    @Override
    public BookingDetails cancel(String code) {
        return details(store.cancel(code));
    }

    private BookingDetails details(Booking booking) {
        Slot slot = schedule.slot(booking.slotId())
                .orElseThrow(() -> new NoSuchElementException("booking " + booking.code() + " has no slot"));
        Office office = schedule.office(slot.officeId())
                .orElseThrow(() -> new NoSuchElementException("slot " + slot.id() + " has no office"));
        Service service = service(slot.serviceId())
                .orElseThrow(() -> new NoSuchElementException("slot " + slot.id() + " has no service"));
        return new BookingDetails(booking, slot, office, service);
    }
}
