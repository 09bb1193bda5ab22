package org.legalkiosk.kiosk.service;

import org.legalkiosk.kiosk.service.print.PrintService;

import java.util.Objects;

/**
 * The services behind the resident-facing screens (booking, my booking, the legal-aid self-check): everything that
 * reaches a printer, the card reader, the camera or the booking store goes through here, so the screens can be
 * driven in tests with simulated devices and a real store in a temporary folder.
 */
public record ResidentServices(PrintService printer) {

    public ResidentServices {
        Objects.requireNonNull(printer, "printer");
    }

    /** No printer, no card reader, no bookings: what the reading screens need and nothing more. */
    public static ResidentServices none() {
        return new ResidentServices(PrintService.NONE);
    }
}
