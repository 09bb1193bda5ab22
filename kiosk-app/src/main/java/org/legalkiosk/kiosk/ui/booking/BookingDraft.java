package org.legalkiosk.kiosk.ui.booking;

import org.legalkiosk.kiosk.service.booking.PersonalData;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The booking being put together, one answer per step. Changing an earlier answer clears those that depend on it
 * (another office has other days). Holds personal data: {@link #toString()} masks it, and the flow drops the whole
 * draft when the visitor leaves or the idle timeout fires.
 *
 * @param fromCard whether name and ID number came from the card (then they are not typed again)
 */
public record BookingDraft(String serviceId, String officeId, LocalDate day, String slotId, LocalDateTime slotStart,
                           String name, String idNumber, boolean fromCard, String phone, String matterId,
                           String note) {

    public static final BookingDraft EMPTY = new BookingDraft(null, null, null, null, null, null, null, false, null,
            null, null);

    public BookingDraft withService(String id) {
        return id.equals(serviceId) ? this
                : new BookingDraft(id, null, null, null, null, name, idNumber, fromCard, phone, matterId, note);
    }

    public BookingDraft withOffice(String id) {
        return id.equals(officeId) ? this
                : new BookingDraft(serviceId, id, null, null, null, name, idNumber, fromCard, phone, matterId, note);
    }

    public BookingDraft withDay(LocalDate d) {
        return d.equals(day) ? this
                : new BookingDraft(serviceId, officeId, d, null, null, name, idNumber, fromCard, phone, matterId, note);
    }

    public BookingDraft withSlot(String id, LocalDateTime start) {
        return new BookingDraft(serviceId, officeId, day, id, start, name, idNumber, fromCard, phone, matterId, note);
    }

    public BookingDraft withoutSlot() {
        return withSlot(null, null);
    }

    public BookingDraft withPerson(String personName, String number, boolean card) {
        return new BookingDraft(serviceId, officeId, day, slotId, slotStart, personName, number, card, phone, matterId,
                note);
    }

    public BookingDraft withPhone(String number) {
        return new BookingDraft(serviceId, officeId, day, slotId, slotStart, name, idNumber, fromCard, number, matterId,
                note);
    }

    public BookingDraft withMatter(String id) {
        return new BookingDraft(serviceId, officeId, day, slotId, slotStart, name, idNumber, fromCard, phone, id, note);
    }

    /** Whether every answer a booking needs is there. */
    public boolean complete() {
        return serviceId != null && officeId != null && slotId != null && name != null && !name.isBlank()
                && PersonalData.isValidIdNumber(idNumber) && PersonalData.isValidMobile(phone) && matterId != null;
    }

    @Override
    public String toString() {
        return "BookingDraft[service=" + serviceId + ", office=" + officeId + ", slot=" + slotId + ", name="
                + PersonalData.maskName(name) + ", idNumber=" + PersonalData.maskIdNumber(idNumber) + ", phone="
                + PersonalData.maskPhone(phone) + ", matter=" + matterId + "]";
    }
}
