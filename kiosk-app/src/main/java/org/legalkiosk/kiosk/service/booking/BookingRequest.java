package org.legalkiosk.kiosk.service.booking;

import java.util.Objects;

import org.legalkiosk.personal.IdNumbers;
import org.legalkiosk.personal.PhoneNumbers;

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
