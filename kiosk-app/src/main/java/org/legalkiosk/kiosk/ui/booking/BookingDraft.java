package org.legalkiosk.kiosk.ui.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.legalkiosk.personal.PersonalData;

/**
 * The booking being put together, one answer per step. Changing an earlier answer clears those that depend on it
 * (another office has other days; another matter has other phrases). Holds personal data: {@link #toString()}
 * masks it, and the flow drops the whole draft when the visitor leaves or the idle timeout fires.
 *
 * @param fromCard whether name and ID number came from the card (then they are not typed again)
 * @param notes    ids of the preset phrases chosen about the matter ({@link NoteStepViewModel}), in the order shown
 */
public record BookingDraft(
        String serviceId,
        String officeId,
        LocalDate day,
        String slotId,
        LocalDateTime slotStart,
        String name,
        String idNumber,
        boolean fromCard,
        String phone,
        String matterId,
        List<String> notes) {

    public static final BookingDraft EMPTY =
            new BookingDraft(null, null, null, null, null, null, null, false, null, null, List.of());

    public BookingDraft {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public BookingDraft withService(String id) {
        return id.equals(serviceId)
                ? this
                : new BookingDraft(id, null, null, null, null, name, idNumber, fromCard, phone, matterId, notes);
    }

    public BookingDraft withOffice(String id) {
        return id.equals(officeId)
                ? this
                : new BookingDraft(serviceId, id, null, null, null, name, idNumber, fromCard, phone, matterId, notes);
    }

    public BookingDraft withDay(LocalDate d) {
        return d.equals(day)
                ? this
                : new BookingDraft(
                        serviceId, officeId, d, null, null, name, idNumber, fromCard, phone, matterId, notes);
    }

    public BookingDraft withSlot(String id, LocalDateTime start) {
        return new BookingDraft(serviceId, officeId, day, id, start, name, idNumber, fromCard, phone, matterId, notes);
    }

    public BookingDraft withoutSlot() {
        return withSlot(null, null);
    }

    /** Name and ID number; a number not known yet (the name typed, the number next) is {@code null}. */
    public BookingDraft withPerson(String personName, String number, boolean card) {
        return new BookingDraft(
                serviceId, officeId, day, slotId, slotStart, personName, number, card, phone, matterId, notes);
    }

    public BookingDraft withPhone(String number) {
        return new BookingDraft(
                serviceId, officeId, day, slotId, slotStart, name, idNumber, fromCard, number, matterId, notes);
    }

    /** Another matter drops the phrases chosen for the one before: they may not apply to it. */
    public BookingDraft withMatter(String id) {
        return new BookingDraft(
                serviceId,
                officeId,
                day,
                slotId,
                slotStart,
                name,
                idNumber,
                fromCard,
                phone,
                id,
                id.equals(matterId) ? notes : List.of());
    }

    public BookingDraft withNotes(List<String> phraseIds) {
        return new BookingDraft(
                serviceId, officeId, day, slotId, slotStart, name, idNumber, fromCard, phone, matterId, phraseIds);
    }

    /** Whether every answer a booking needs is there. */
    public boolean complete() {
        return serviceId != null
                && officeId != null
                && slotId != null
                && name != null
                && !name.isBlank()
                && PersonalData.isValidIdNumber(idNumber)
                && PersonalData.isValidMobile(phone)
                && matterId != null;
    }

    @Override
    public String toString() {
        return "BookingDraft[service=" + serviceId + ", office=" + officeId + ", slot=" + slotId + ", name="
                + PersonalData.maskName(name) + ", idNumber=" + PersonalData.maskIdNumber(idNumber) + ", phone="
                + PersonalData.maskPhone(phone) + ", matter=" + matterId + ", notes=" + notes + "]";
    }
}
