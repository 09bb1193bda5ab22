package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.kiosk.service.input.Strokes;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How many taps a first-time visitor needs to book, counted on the real screen from Home. As in issue 11, the
 * count starts after the Booking tile on Home and leaves out the digits of the phone and the ID number (they are
 * the visitor's data, not decisions); strokes drawn on the handwriting pad are counted apart, as strokes.
 * Targets: with the ID card at most 6 taps (8 before), by hand with a handwritten two-character name at most 12
 * (21 before, with a pinyin name).
 */
@ExtendWith(ApplicationExtension.class)
class TapCountJourneyTest {

    @TempDir
    Path dir;

    private BookingKit kit;
    private ScreenContext context;
    private final List<String> taps = new ArrayList<>();
    private int strokes;

    @Start
    void start(Stage stage) {
        kit = new BookingKit(dir);
        context = kit.context(TestKiosk.contentWithoutStatutes());
        KioskUi ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        stage.setScene(new Scene(ui.root(), 1920, 1080));
        stage.show();
    }

    /** A tap that counts. */
    private void tap(FxRobot robot, String id) {
        taps.add(id);
        press(robot, id);
    }

    /** A tap that does not count: the Home tile, and the digits of personal data. */
    private void press(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void digits(FxRobot robot, String prefix, String digits) {
        for (char c : digits.toCharArray()) {
            press(robot, prefix + c);
        }
    }

    private void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never happened: " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void draw(FxRobot robot, int[][] character) {
        Node pad = robot.lookup("#" + BookingIds.NAME_KEY_PREFIX + "pad").query();
        double scale = (double) ChineseInputViewModel.PAD_SIZE / Strokes.PAD;
        for (int[] stroke : character) {
            strokes++;
            robot.moveTo(onFx(() -> pad.localToScreen(stroke[0] * scale, stroke[1] * scale)));
            robot.press(MouseButton.PRIMARY);
            for (int i = 2; i + 1 < stroke.length; i += 2) {
                Point2D p = new Point2D(stroke[i] * scale, stroke[i + 1] * scale);
                robot.moveTo(onFx(() -> pad.localToScreen(p)));
            }
            robot.release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The first handwriting candidate, which must be {@code expected}: a visitor taps the character they wrote. */
    private void tapFirstCandidate(FxRobot robot, String expected) {
        String first = BookingIds.NAME_KEY_PREFIX + "hand-0";
        assertEquals(expected, robot.lookup("#" + first).queryAs(Labeled.class).getText());
        tap(robot, first);
    }

    private Booking booked() {
        String code = ((Route.BookingDone) onFx(() -> context.navigator().current())).code();
        return kit.store.find(code).orElseThrow();
    }

    @Test
    void withTheIdCardAFirstTimeVisitorBooksInSixTaps(FxRobot robot) {
        press(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + DayStepViewModel.SOONEST);
        kit.reader.insert(SampleCards.resident());
        await("the card read", () -> context.navigator().current().equals(new Route.Booking(BookingStep.PHONE)));
        digits(robot, BookingIds.PHONE_KEY_PREFIX, BookingKit.PHONE);
        tap(robot, BookingIds.NEXT);
        tap(robot, BookingIds.CHOICE_PREFIX + "unpaid-wages");
        tap(robot, BookingIds.SKIP);
        tap(robot, BookingIds.CONFIRM);
        await("the done screen", () -> context.navigator().current() instanceof Route.BookingDone);

        assertEquals("aid-29-0900", booked().slotId(), "the soonest free time");
        assertTrue(taps.size() <= 6, taps.size() + " taps: " + taps);
        assertEquals(6, taps.size(), "measured: " + taps);
    }

    @Test
    void byHandWithAHandwrittenTwoCharacterNameAVisitorBooksInElevenTaps(FxRobot robot) {
        press(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + DayStepViewModel.SOONEST);
        tap(robot, BookingIds.BY_HAND);
        draw(robot, Strokes.WANG);
        tapFirstCandidate(robot, "王");
        draw(robot, Strokes.DA);
        tapFirstCandidate(robot, "大");
        tap(robot, BookingIds.NEXT);
        digits(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER);
        tap(robot, BookingIds.NEXT);
        digits(robot, BookingIds.PHONE_KEY_PREFIX, BookingKit.PHONE);
        tap(robot, BookingIds.NEXT);
        tap(robot, BookingIds.CHOICE_PREFIX + "unpaid-wages");
        tap(robot, BookingIds.SKIP);
        tap(robot, BookingIds.CONFIRM);
        await("the done screen", () -> context.navigator().current() instanceof Route.BookingDone);

        assertEquals("王大", booked().name());
        assertEquals(7, strokes, "王 and 大 as written, stroke by stroke");
        assertTrue(taps.size() <= 12, taps.size() + " taps: " + taps);
        assertEquals(11, taps.size(), "measured: " + taps);
    }
}
