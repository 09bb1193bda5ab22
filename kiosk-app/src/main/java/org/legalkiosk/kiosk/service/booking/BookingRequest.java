package org.legalkiosk.kiosk.service.booking;

import org.legalkiosk.devices.idcard.IdNumbers;
import org.legalkiosk.kiosk.booking.domain.PhoneNumbers;

import java.util.Objects;

/** A booking about to be made. {@link #toString()} masks the personal data, so it may appear in a log line. */
public record BookingRequest(String slotId, String name, String idNumber, String phone, String matter, String note) {

    public BookingRequest {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(matter, "matter");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "BookingRequest[slotId=" + slotId + ", idNumber=" + IdNumbers.mask(idNumber) + ", phone="
                + PhoneNumbers.mask(phone) + ", matter=" + matter + "]";
    }
}
