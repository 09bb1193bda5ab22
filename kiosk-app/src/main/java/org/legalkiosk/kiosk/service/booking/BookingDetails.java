package org.legalkiosk.kiosk.service.booking;

import org.legalkiosk.kiosk.booking.domain.Booking;
import org.legalkiosk.kiosk.booking.domain.Office;
import org.legalkiosk.kiosk.booking.domain.Service;
import org.legalkiosk.kiosk.booking.domain.Slot;

import java.util.Objects;

/** A booking with where and when it is: what "My booking", the done screen and the slip show. */
public record BookingDetails(Booking booking, Slot slot, Office office, Service service) {

    public BookingDetails {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(service, "service");
    }
}
