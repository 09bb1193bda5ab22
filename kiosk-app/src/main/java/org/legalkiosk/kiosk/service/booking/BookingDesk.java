package org.legalkiosk.kiosk.service.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.store.SlotAvailability;
import org.legalkiosk.booking.store.SlotFullException;

/**
 * What the booking screens ask about appointments: the choices one step at a time, then booking, finding and
 * cancelling. Calls may touch the disk: screens call {@link #book} and {@link #cancel} off the JavaFX thread.
 */
public interface BookingDesk {

    /**
     * Whether this terminal books at all. A terminal with a store but no schedule yet does (its list of services is
     * empty until the county sends one, and earlier bookings can still be looked up); {@link #NONE} does not.
     */
    default boolean takesBookings() {
        return true;
    }

    /** Every service the schedule offers. */
    List<Service> services();

    Optional<Service> service(String serviceId);

    /** The offices that offer the service. */
    List<Office> offices(String serviceId);

    Optional<Office> office(String officeId);

    /**
     * The days with at least one free seat in a slot starting after {@code now}, from now's day over the next
     * {@code days} days.
     */
    List<LocalDate> days(String officeId, String serviceId, LocalDateTime now, int days);

    /** The times of one day, in order, with their free seats (full ones included, so the screen can say so). */
    List<SlotAvailability> times(String officeId, String serviceId, LocalDate day);

    /**
     * Books a seat.
     *
     * @throws SlotFullException        when someone else took the last seat meanwhile
     * @throws IllegalArgumentException when the request is not valid (a bug in the screens: they validate first)
     */
    BookingDetails book(BookingRequest request);

    /**
     * Books a seat and says how it went, for the screens: a seat taken meanwhile and any other failure are answers,
     * not exceptions.
     */
    default BookingAttempt attempt(BookingRequest request) {
        try {
            return new BookingAttempt.Booked(book(request));
        } catch (SlotFullException e) {
            return new BookingAttempt.SlotTaken();
        } catch (RuntimeException e) {
            return new BookingAttempt.Failed(e.toString());
        }
    }

    /** The booking with this code (unformatted), with where and when. */
    Optional<BookingDetails> find(String code);

    /**
     * Cancels a confirmed booking.
     *
     * @throws NoSuchElementException when there is no such booking
     * @throws IllegalStateException  when it is no longer confirmed
     */
    BookingDetails cancel(String code);

    /** A terminal that takes no bookings: no services, nothing to find. */
    BookingDesk NONE = new BookingDesk() {
        @Override
        public boolean takesBookings() {
            return false;
        }

        @Override
        public List<Service> services() {
            return List.of();
        }

        @Override
        public Optional<Service> service(String serviceId) {
            return Optional.empty();
        }

        @Override
        public List<Office> offices(String serviceId) {
            return List.of();
        }

        @Override
        public Optional<Office> office(String officeId) {
            return Optional.empty();
        }

        @Override
        public List<LocalDate> days(String officeId, String serviceId, LocalDateTime now, int days) {
            return List.of();
        }

        @Override
        public List<SlotAvailability> times(String officeId, String serviceId, LocalDate day) {
            return List.of();
        }

        @Override
        public BookingDetails book(BookingRequest request) {
            throw new IllegalStateException("this terminal takes no bookings");
        }

        @Override
        public Optional<BookingDetails> find(String code) {
            return Optional.empty();
        }

        @Override
        public BookingDetails cancel(String code) {
            throw new NoSuchElementException("this terminal takes no bookings");
        }
    };
}
