package org.legalkiosk.kiosk.service;

import java.time.Clock;
import java.util.Objects;

import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.devices.a4.DocumentPrinter;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.idcard.IdCardReader;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.CameraCodeScanner;
import org.legalkiosk.kiosk.service.booking.CodeScanner;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.booking.ReaderIdCardService;
import org.legalkiosk.kiosk.service.booking.StoreBookingDesk;
import org.legalkiosk.kiosk.service.callback.CallbackRequests;
import org.legalkiosk.kiosk.service.callback.OutboxCallbackRequests;
import org.legalkiosk.kiosk.service.forms.FormStatistics;
import org.legalkiosk.kiosk.service.forms.FormTallies;
import org.legalkiosk.kiosk.service.print.DevicePrintService;
import org.legalkiosk.kiosk.service.print.PrintService;

/**
 * The services behind the resident-facing screens (booking, my booking, the legal-aid self-check, callbacks, forms): everything that
 * reaches a printer, the card reader, the camera or the booking store goes through here, so the screens can be
 * driven in tests with simulated devices and a real store in a temporary folder.
 */
public record ResidentServices(
        PrintService printer,
        BookingDesk bookings,
        IdCardService idCards,
        CodeScanner codeScanner,
        SelfCheckStatistics selfCheckStatistics,
        CallbackRequests callbacks,
        FormStatistics formStatistics) {

    public ResidentServices {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(bookings, "bookings");
        Objects.requireNonNull(idCards, "idCards");
        Objects.requireNonNull(codeScanner, "codeScanner");
        Objects.requireNonNull(selfCheckStatistics, "selfCheckStatistics");
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(formStatistics, "formStatistics");
    }

    /** Without a count of printed forms (a terminal or a test that keeps none). */
    public ResidentServices(
            PrintService printer,
            BookingDesk bookings,
            IdCardService idCards,
            CodeScanner codeScanner,
            SelfCheckStatistics selfCheckStatistics,
            CallbackRequests callbacks) {
        this(printer, bookings, idCards, codeScanner, selfCheckStatistics, callbacks, FormStatistics.NONE);
    }

    /** The same services with printed forms counted by {@code statistics}. */
    public ResidentServices withFormStatistics(FormStatistics statistics) {
        return new ResidentServices(
                printer, bookings, idCards, codeScanner, selfCheckStatistics, callbacks, statistics);
    }

    /** Without callback requests (a terminal or a test that takes none). */
    public ResidentServices(
            PrintService printer,
            BookingDesk bookings,
            IdCardService idCards,
            CodeScanner codeScanner,
            SelfCheckStatistics selfCheckStatistics) {
        this(printer, bookings, idCards, codeScanner, selfCheckStatistics, CallbackRequests.NONE);
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
    public static ResidentServices forDevices(
            BookingStore store, DeviceManager devices, ReceiptPaper paper, Clock clock, Runnable onBookingChange) {
        return new ResidentServices(
                printer(devices, paper),
                new StoreBookingDesk(store, clock, onBookingChange),
                new ReaderIdCardService(() -> devices.first(IdCardReader.class)),
                new CameraCodeScanner(() -> devices.first(Camera.class)),
                new SelfCheckTallies(store, clock),
                new OutboxCallbackRequests(store, clock),
                new FormTallies(store, clock));
    }

    /**
     * The devices without a booking store (it could not be opened): the self-check and its printout still work,
     * and the booking screens say that booking is not available here instead of the whole kiosk failing.
     */
    public static ResidentServices forDevicesWithoutBookings(DeviceManager devices, ReceiptPaper paper) {
        return new ResidentServices(printer(devices, paper));
    }

    private static PrintService printer(DeviceManager devices, ReceiptPaper paper) {
        return new DevicePrintService(
                () -> devices.first(ReceiptPrinter.class), () -> devices.first(DocumentPrinter.class), paper);
    }
}
