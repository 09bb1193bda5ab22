package org.legalkiosk.kiosk.service;

import org.legalkiosk.devices.a4.DocumentPrinter;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.idcard.IdCardReader;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.legalkiosk.kiosk.booking.print.ReceiptPaper;
import org.legalkiosk.kiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.booking.store.SelfCheckTallies;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.CameraCodeScanner;
import org.legalkiosk.kiosk.service.booking.CodeScanner;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.booking.ReaderIdCardService;
import org.legalkiosk.kiosk.service.booking.StoreBookingDesk;
import org.legalkiosk.kiosk.service.print.DevicePrintService;
import org.legalkiosk.kiosk.service.print.PrintService;

import java.time.Clock;
import java.util.Objects;

/**
 * The services behind the resident-facing screens (booking, my booking, the legal-aid self-check): everything that
 * reaches a printer, the card reader, the camera or the booking store goes through here, so the screens can be
 * driven in tests with simulated devices and a real store in a temporary folder.
 */
public record ResidentServices(PrintService printer, BookingDesk bookings, IdCardService idCards,
                               CodeScanner codeScanner, SelfCheckStatistics selfCheckStatistics) {

    public ResidentServices {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(bookings, "bookings");
        Objects.requireNonNull(idCards, "idCards");
        Objects.requireNonNull(codeScanner, "codeScanner");
        Objects.requireNonNull(selfCheckStatistics, "selfCheckStatistics");
    }

    /** Printing only: no bookings, card reader or camera. */
    public ResidentServices(PrintService printer) {
        this(printer, BookingDesk.NONE, IdCardService.NONE, CodeScanner.NONE, SelfCheckStatistics.NONE);
    }

    /** No printer, no card reader, no bookings: what the reading screens need and nothing more. */
    public static ResidentServices none() {
        return new ResidentServices(PrintService.NONE);
    }

    /**
     * The real thing: bookings in the store, devices as the manager has them now (first of each kind; the manager
     * reconnects them in the background, so each call looks them up again). The store and the manager stay the
     * caller's to close.
     */
    public static ResidentServices forDevices(BookingStore store, DeviceManager devices, ReceiptPaper paper,
                                              Clock clock, Runnable onBookingChange) {
        return new ResidentServices(printer(devices, paper), new StoreBookingDesk(store, onBookingChange),
                new ReaderIdCardService(() -> devices.first(IdCardReader.class)),
                new CameraCodeScanner(() -> devices.first(Camera.class)),
                new SelfCheckTallies(store, clock));
    }

    /**
     * The devices without a booking store (it could not be opened): the self-check and its printout still work,
     * and the booking screens say that booking is not available here instead of the whole kiosk failing.
     */
    public static ResidentServices forDevicesWithoutBookings(DeviceManager devices, ReceiptPaper paper) {
        return new ResidentServices(printer(devices, paper));
    }

    private static PrintService printer(DeviceManager devices, ReceiptPaper paper) {
        return new DevicePrintService(() -> devices.first(ReceiptPrinter.class),
                () -> devices.first(DocumentPrinter.class), paper);
    }
}
