package org.legalkiosk.kiosk.service.booking;

import java.util.Objects;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;

/**
 * A booking with where and when it is: what "My booking", the done screen and the slip show.
 *
 * @param decision the township office's newest decision about it, as the hub passed it on, or null for none yet
 */
public record BookingDetails(Booking booking, Slot slot, Office office, Service service, OfficeDecision decision) {

    /** A booking the office has decided nothing about (yet). */
    public BookingDetails(Booking booking, Slot slot, Office office, Service service) {
        this(booking, slot, office, service, null);
    }

    public BookingDetails {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(service, "service");
    }
}
