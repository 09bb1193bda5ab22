package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The path the issue promises a villager with unpaid wages: the legal-aid self-check says aid is likely, one tap
 * books a legal-aid appointment with the matter already filled in, the ID card fills in who they are, and a slip
 * comes out. Real store, simulated card reader and printer, the whole kiosk UI on a headless 1080p screen.
 */
@ExtendWith(ApplicationExtension.class)
class SelfCheckToBookingTest {

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private BookingKit kit;
    private ScreenContext context;
    private Scene scene;

    @Start
    void start(Stage stage) {
        kit = new BookingKit(dir);
        context = kit.context(TestKiosk.contentWithoutStatutes());
        KioskUi ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private Route route() {
        return onFx(() -> context.navigator().current());
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("never happened: " + what + " (now on " + route() + ")");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMigrantWorkerChecksEligibilityAndLeavesWithALegalAidSlipForUnpaidWages(FxRobot robot) {
        tap(robot, Ids.TILE_SELF_CHECK);
        tap(robot, SelfCheckIds.START);
        tap(robot, SelfCheckIds.option("wages"));
        tap(robot, SelfCheckIds.option("yes"));
        assertEquals(new Route.SelfCheckOutcome(), route());
        Screenshots.save(scene, "booking/30-from-self-check-result-zh");

        tap(robot, SelfCheckIds.BOOK);
        assertEquals(new Route.BookingStart("legal-aid", "unpaid-wages"), route());
        Screenshots.save(scene, "booking/31-from-self-check-day-zh");
        tap(robot, BookingIds.CHOICE_PREFIX + "2026-11-29");
        tap(robot, BookingIds.CHOICE_PREFIX + "aid-29-0930");
        assertEquals(new Route.Booking(BookingStep.WHO), route());

        kit.reader.insert(SampleCards.resident());
        await("the card read", () -> context.navigator().current().equals(new Route.Booking(BookingStep.PHONE)));
        for (char digit : BookingKit.PHONE.toCharArray()) {
            tap(robot, BookingIds.PHONE_KEY_PREFIX + digit);
        }
        tap(robot, BookingIds.NEXT);
        assertEquals(
                new Route.Booking(BookingStep.NOTE),
                route(),
                "the matter came from the self-check, so the matter question is skipped");
        tap(robot, BookingIds.SKIP);
        assertEquals(new Route.Booking(BookingStep.REVIEW), route());
        Screenshots.save(scene, "booking/32-from-self-check-review-zh");
        tap(robot, BookingIds.CONFIRM);
        await("the done screen", () -> context.navigator().current() instanceof Route.BookingDone);
        Screenshots.save(scene, "booking/33-from-self-check-done-zh");

        String code = ((Route.BookingDone) route()).code();
        Booking booking = kit.store.find(code).orElseThrow();
        assertEquals("aid-29-0930", booking.slotId());
        assertEquals("unpaid-wages", booking.matter());
        assertEquals(SampleCards.resident().idNumber(), booking.idNumber(), "filled in from the card");

        assertEquals(1, kit.receipt.printedDocuments().size());
        ReceiptDocument slip = kit.receipt.printedDocuments().get(0);
        assertTrue(String.join("\n", slip.textLines()).contains(BookingCode.format(code)));

        List<String> events =
                kit.store.outboxPending().stream().map(OutboxEvent::type).toList();
        assertTrue(events.contains("selfcheck.completed"), "the self-check was counted, anonymously: " + events);
        assertTrue(events.contains("booking.created"), events.toString());
    }
}
