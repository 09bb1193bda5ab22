package org.legalkiosk.kiosk.ui.booking;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.camera.SimulatedCamera;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.SelfCheckTallies;
import org.legalkiosk.kiosk.service.booking.CameraCodeScanner;
import org.legalkiosk.kiosk.service.booking.ReaderIdCardService;
import org.legalkiosk.kiosk.service.booking.StoreBookingDesk;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.print.DevicePrintService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.personal.IdNumbers;

/**
 * A terminal for booking tests: a real store in a temporary folder with a small schedule, and the simulated card
 * reader, receipt printer, A4 printer and camera behind the real services. "Now" is {@link TestKiosk#CLOCK}:
 * 2026-11-28 16:00 in Shanghai, so the first free day is tomorrow.
 */
final class BookingKit {

    static final Service LEGAL_AID = new Service("legal-aid", "法律援助", "Legal aid");
    static final Service MEDIATION = new Service("mediation", "人民调解", "People's mediation");
    static final Office TOWNSHIP = new Office("township", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "周一至周五 9:00-17:00");
    static final Office WORKSTATION =
            new Office("village", "示范村公共法律服务工作室", "示范村村委会二楼", "0931-7654321", "每周三 9:00-12:00");
    static final LocalDateTime TOMORROW_NINE = LocalDateTime.of(2026, 11, 29, 9, 0);
    /** Made up, valid check character, belongs to nobody. */
    static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");

    static final String PHONE = "13812345678";

    final BookingStore store;
    final SimulatedReceiptPrinter receipt = new SimulatedReceiptPrinter("receipt", TestKiosk.CLOCK);
    final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", TestKiosk.CLOCK);
    final SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", TestKiosk.CLOCK);
    final SimulatedCamera camera = new SimulatedCamera("camera", null, TestKiosk.CLOCK);
    final ResidentServices services;
    boolean a4Present;

    BookingKit(Path dir) {
        store = BookingStore.open(dir, new Random(7), TestKiosk.CLOCK);
        store.putSchedule(
                List.of(TOWNSHIP, WORKSTATION),
                List.of(LEGAL_AID, MEDIATION),
                List.of(
                        slot("aid-29-0900", TOWNSHIP, LEGAL_AID, TOMORROW_NINE, 2),
                        slot("aid-29-0930", TOWNSHIP, LEGAL_AID, TOMORROW_NINE.plusMinutes(30), 1),
                        slot("aid-29-1000-full", TOWNSHIP, LEGAL_AID, TOMORROW_NINE.plusHours(1), 0),
                        slot(
                                "aid-30-1000",
                                TOWNSHIP,
                                LEGAL_AID,
                                TOMORROW_NINE.plusDays(1).plusHours(1),
                                1),
                        // today at 09:00 is over by 16:00 and must not be offered
                        slot("aid-28-0900", TOWNSHIP, LEGAL_AID, TOMORROW_NINE.minusDays(1), 3),
                        // beyond the two weeks ahead
                        slot("aid-far", TOWNSHIP, LEGAL_AID, TOMORROW_NINE.plusDays(30), 3),
                        slot("med-02-0900", WORKSTATION, MEDIATION, TOMORROW_NINE.plusDays(4), 2)));
        services = new ResidentServices(
                new DevicePrintService(
                        () -> Optional.of(receipt),
                        () -> a4Present ? Optional.of(a4) : Optional.empty(),
                        ReceiptPaper.MM_80),
                new StoreBookingDesk(store, TestKiosk.CLOCK),
                new ReaderIdCardService(() -> Optional.of(reader)),
                new CameraCodeScanner(() -> Optional.of(camera)),
                new SelfCheckTallies(store, TestKiosk.CLOCK));
    }

    private static Slot slot(String id, Office office, Service service, LocalDateTime start, int capacity) {
        return new Slot(id, office.id(), service.id(), start, start.plusMinutes(30), capacity);
    }

    /**
     * Handwriting and pinyin candidates as installed on this machine (CI installs them), opened once: the
     * recogniser holds a 26 MB model and the dictionary 65 000 words.
     */
    static synchronized ChineseInput input() {
        if (input == null) {
            input = ChineseInput.installed();
        }
        return input;
    }

    private static ChineseInput input;

    ScreenContext context(ContentService content) {
        return new ScreenContext(
                content,
                NoticeBoard.contentOnly(content, TestKiosk.CLOCK),
                new KioskSession(Language.ZH),
                TestKiosk.CLOCK,
                services,
                input());
    }
}
