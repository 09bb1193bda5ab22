package org.legalkiosk.hub.desk;

import java.time.Instant;
import java.time.LocalDateTime;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.personal.PersonalData;

/**
 * One booking as the office desk shows it.
 *
 * @param slotStart     the office's local time; null when the kiosk's event did not say (an old kiosk)
 * @param visitorName   null when the kiosk sent none or it was erased
 * @param visitorClear  false when the name and phone here are masked for the viewer
 * @param reason        the reason of the latest decision (a cancellation's), or null
 */
public record DeskBooking(
        String terminalId,
        String terminalName,
        String township,
        String code,
        String officeId,
        String officeName,
        String serviceId,
        String serviceZh,
        String serviceEn,
        LocalDateTime slotStart,
        LocalDateTime slotEnd,
        String matter,
        String kioskState,
        String visitorName,
        String visitorPhone,
        boolean visitorClear,
        boolean erased,
        DeskStatus status,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    /** The code as the slip prints it ({@code 4KD-7QX}). */
    public String shownCode() {
        return BookingCode.isValid(code) ? BookingCode.format(code) : code;
    }

    /** Where the row links to. */
    public String path() {
        return "/desk/bookings/" + terminalId + "/" + code;
    }

    /**
     * Whether this viewer may read the name and phone in clear: an officer of the township the booking's terminal
     * stands in, and nobody else (decision 0055).
     */
    public static boolean clearTo(User viewer, String township) {
        return viewer.role() == Role.TOWNSHIP_OFFICER && township.equals(viewer.township());
    }

    /** The booking as this viewer may see it: masked name and phone unless {@link #clearTo} says otherwise. */
    public DeskBooking forViewer(User viewer) {
        if (clearTo(viewer, township)) {
            return this;
        }
        return new DeskBooking(
                terminalId,
                terminalName,
                township,
                code,
                officeId,
                officeName,
                serviceId,
                serviceZh,
                serviceEn,
                slotStart,
                slotEnd,
                matter,
                kioskState,
                visitorName == null ? null : PersonalData.maskName(visitorName),
                visitorPhone == null ? null : PersonalData.maskPhone(visitorPhone),
                false,
                erased,
                status,
                reason,
                decidedBy,
                decidedAt);
    }
}
