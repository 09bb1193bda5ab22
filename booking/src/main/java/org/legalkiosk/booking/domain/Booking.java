package org.legalkiosk.booking.domain;

import java.time.Instant;
import java.util.Objects;

import org.legalkiosk.personal.IdNumbers;
import org.legalkiosk.personal.PhoneNumbers;

/**
 * One person's appointment in one slot. {@link #toString()} masks the ID number and phone, so a booking that ends up
 * in a log line or an exception message does not leak them.
 */
public record Booking(
        String code,
        String slotId,
        String name,
        String idNumber,
        String phone,
        String matter,
        String note,
        BookingState state,
        Instant created) {

    public Booking {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(matter, "matter");
        note = note == null ? "" : note;
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
    }

    /** The same booking in the target state; throws when the move is not allowed. */
    public Booking withState(BookingState target) {
        return new Booking(code, slotId, name, idNumber, phone, matter, note, state.transitionTo(target), created);
    }

    @Override
    public String toString() {
        return "Booking[code=" + code + ", slotId=" + slotId + ", idNumber=" + IdNumbers.mask(idNumber) + ", phone="
                + PhoneNumbers.mask(phone) + ", state=" + state + ", created=" + created + "]";
    }
}
