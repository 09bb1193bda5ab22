package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.camera.QrScanner;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.kiosk.service.input.Strokes;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
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
 * Booking on the real kiosk UI, tapped with a robot on a headless 1080p screen: a real store in a temporary
 * folder, the simulated card reader and printers. Saves a screenshot of every step under
 * {@code target/screenshots/booking/} and checks each for cut-off text and small buttons.
 */
@ExtendWith(ApplicationExtension.class)
class BookingJourneyTest {

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private BookingKit kit;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;
    private final RecordingSpeech speech = new RecordingSpeech();

    @Start
    void start(Stage stage) {
        kit = new BookingKit(dir);
        context = kit.context(TestKiosk.contentWithoutStatutes());
        ui = new KioskUi(context, speech, Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private Route route() {
        return onFx(() -> context.navigator().current());
    }

    private static Route step(BookingStep step) {
        return new Route.Booking(step);
    }

    private void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never happened: " + what + " (now on " + route() + ")");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "booking/" + name);
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        assertTrue(clipped.isEmpty(), name + ": clipped text " + clipped);
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(small.isEmpty(), name + ": touch targets below 64 px " + small);
        List<String> low = onFx(() -> LayoutChecks.lowContrast(
                ui.root(), context.session().highContrastProperty().get() ? 7.0 : 4.5, 3.0));
        assertTrue(low.isEmpty(), name + ": below WCAG contrast " + low);
        List<String> hidden =
                onFx(() -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT)));
        assertTrue(hidden.isEmpty(), name + ": must be seen but lies below the fold " + hidden);
        String spoken = onFx(() -> ui.currentScreen().spokenText());
        assertFalse(spoken.isBlank(), name + " has something to read aloud");
        assertFalse(
                spoken.contains(BookingKit.PHONE) || spoken.contains(BookingKit.ID_NUMBER),
                name + " reads out no personal data");
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeKeys(FxRobot robot, String prefix, String keys) {
        for (char c : keys.toCharArray()) {
            tap(robot, prefix + c);
        }
    }

    /** Taps pinyin on the name's letter keyboard (the Pinyin tab must be showing). */
    private void typeName(FxRobot robot, String letters) {
        for (char c : letters.toCharArray()) {
            tap(robot, BookingIds.NAME_KEY_PREFIX + (c == ' ' ? "space" : String.valueOf(c)));
        }
    }

    /** Draws a character on the name's handwriting pad with the robot's finger, stroke by stroke. */
    private void draw(FxRobot robot, int[][] strokes) {
        Node pad = robot.lookup("#" + BookingIds.NAME_KEY_PREFIX + "pad").query();
        double scale = (double) ChineseInputViewModel.PAD_SIZE / Strokes.PAD;
        for (int[] stroke : strokes) {
            Point2D first = onFx(() -> pad.localToScreen(stroke[0] * scale, stroke[1] * scale));
            robot.moveTo(first);
            robot.press(MouseButton.PRIMARY);
            for (int i = 2; i + 1 < stroke.length; i += 2) {
                int x = stroke[i];
                int y = stroke[i + 1];
                robot.moveTo(onFx(() -> pad.localToScreen(x * scale, y * scale)));
            }
            robot.release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The slot of {@code character} in a candidate row ({@code "hand-"} or {@code "py-"}), tapped. */
    private void tapCandidate(FxRobot robot, String row, String character) {
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            var slot = robot.lookup("#" + BookingIds.NAME_KEY_PREFIX + row + i).queryAs(Labeled.class);
            if (character.equals(slot.getText()) && slot.isVisible()) {
                tap(robot, BookingIds.NAME_KEY_PREFIX + row + i);
                return;
            }
        }
        throw new AssertionError(character + " is not among the candidates of " + row);
    }

    /** Writes 王 and 大 by hand, tapping each in the candidate row: the name 王大. */
    private void writeNameByHand(FxRobot robot) {
        draw(robot, Strokes.WANG);
        tapCandidate(robot, "hand-", "王");
        draw(robot, Strokes.DA);
        tapCandidate(robot, "hand-", "大");
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    /** Home → service → office → day → time, with a screenshot of each. */
    private void chooseTime(FxRobot robot, String lang) {
        tap(robot, Ids.TILE_BOOKING);
        assertEquals(new Route.BookingStart(null, null), route());
        check("01-service-" + lang);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        assertEquals(step(BookingStep.DAY), route(), "the only office for legal aid needs no choosing");
        check("03-day-" + lang);
        tap(robot, BookingIds.CHOICE_PREFIX + "2026-11-29");
        check("04-time-" + lang);
        tap(robot, BookingIds.CHOICE_PREFIX + "aid-29-0930");
        assertEquals(step(BookingStep.WHO), route());
        check("05-who-" + lang);
    }

    /** By hand: the name written on the pad, then the ID number on its keypad; ends on the phone step. */
    private void nameAndIdByHand(FxRobot robot, String lang) {
        tap(robot, BookingIds.BY_HAND);
        assertEquals(step(BookingStep.WHO_BY_HAND), route());
        check("06-name-" + lang);
        draw(robot, Strokes.WANG);
        check("06-name-drawn-" + lang);
        tapCandidate(robot, "hand-", "王");
        draw(robot, Strokes.DA);
        tapCandidate(robot, "hand-", "大");
        assertEquals("王大", text(robot, BookingIds.NAME));
        check("06-name-typed-" + lang);
        tap(robot, BookingIds.NEXT);
        assertEquals(step(BookingStep.WHO_ID_NUMBER), route());
        check("06-id-" + lang);
        typeKeys(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER);
        check("06-id-typed-" + lang);
        tap(robot, BookingIds.NEXT);
        assertEquals(step(BookingStep.PHONE), route());
    }

    private void phoneMatterConfirm(FxRobot robot, String lang) {
        phoneMatterConfirm(robot, lang, false);
    }

    /** Phone, matter, the optional note (two phrases tapped, or skipped), review, confirm. */
    private void phoneMatterConfirm(FxRobot robot, String lang, boolean withNote) {
        check("07-phone-" + lang);
        typeKeys(robot, BookingIds.PHONE_KEY_PREFIX, "1381234567");
        tap(robot, BookingIds.NEXT);
        assertEquals(step(BookingStep.PHONE), route(), "ten digits are not a mobile number");
        assertFalse(text(robot, BookingIds.PROBLEM).isEmpty());
        check("07-phone-problem-" + lang);
        typeKeys(robot, BookingIds.PHONE_KEY_PREFIX, "8");
        assertEquals("138 1234 5678", text(robot, BookingIds.PHONE));
        tap(robot, BookingIds.NEXT);
        assertEquals(step(BookingStep.MATTER), route());
        check("08-matter-" + lang);
        tap(robot, BookingIds.CHOICE_PREFIX + "unpaid-wages");
        assertEquals(step(BookingStep.NOTE), route());
        check("08-note-" + lang);
        if (withNote) {
            tap(robot, BookingIds.NOTE_PREFIX + "urgent");
            tap(robot, BookingIds.NOTE_PREFIX + "employer");
            tap(robot, BookingIds.NOTE_PREFIX + "home-visit");
            tap(robot, BookingIds.NOTE_PREFIX + "home-visit");
            check("08-note-chosen-" + lang);
            tap(robot, BookingIds.NEXT);
        } else {
            tap(robot, BookingIds.SKIP);
        }
        assertEquals(step(BookingStep.REVIEW), route());
        check("09-review-" + lang);
        tap(robot, BookingIds.CONFIRM);
        await("the done screen", () -> context.navigator().current() instanceof Route.BookingDone);
    }

    @Test
    void eachTimeIsReadAloudByItsSpeakerWithoutChoosingIt(FxRobot robot) {
        tap(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + "2026-11-29");
        assertEquals(step(BookingStep.TIME), route());

        tap(robot, BookingIds.READ_CHOICE_PREFIX + "aid-29-0930");
        var m = context.messages();
        assertEquals("09:30–10:00，" + m.get("booking.time.free", 1), onFx(speech::lastText));
        assertEquals(
                Language.ZH,
                onFx(() -> speech.spoken.get(speech.spoken.size() - 1).language()));
        assertEquals(step(BookingStep.TIME), route(), "hearing a time does not choose it");

        tap(robot, BookingIds.READ_CHOICE_PREFIX + "aid-29-1000-full");
        assertEquals(
                "10:00–10:30，" + m.get("booking.time.full"),
                onFx(speech::lastText),
                "a full time can still be heard, with why it cannot be chosen");
        check("04-time-read-zh");

        tap(robot, BookingIds.CHOICE_PREFIX + "aid-29-0930");
        assertEquals(step(BookingStep.WHO), route(), "the card itself still chooses with one tap");
    }

    @Test
    void booksWithTheIdCardAndPrintsAMaskedSlip(FxRobot robot) {
        chooseTime(robot, "zh");
        kit.reader.insert(SampleCards.resident());
        await("the card read", () -> context.navigator().current().equals(step(BookingStep.PHONE)));
        phoneMatterConfirm(robot, "zh", true);
        check("10-done-zh");

        String code = ((Route.BookingDone) route()).code();
        assertEquals(
                "急需处理；对方是单位或公司",
                kit.store.find(code).orElseThrow().note(),
                "the phrases tapped, untapped ones left out");
        assertEquals(BookingDoneView.spaced(BookingCode.format(code)), text(robot, BookingIds.CODE));
        assertEquals(context.messages().get("booking.done.printed"), text(robot, BookingIds.PRINT_STATUS));
        var qr = robot.lookup("#" + BookingIds.QR).queryAs(ImageView.class);
        BufferedImage qrImage = onFx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(qr.getImage(), null));
        assertEquals(
                code,
                new QrScanner().decode(qrImage).flatMap(BookingCode::parse).orElseThrow(),
                "the QR code on screen holds the booking code");

        assertEquals(1, kit.receipt.printedDocuments().size());
        ReceiptDocument slip = kit.receipt.printedDocuments().get(0);
        String lines = String.join("\n", slip.textLines());
        assertTrue(lines.contains(BookingCode.format(code)), lines);
        assertTrue(lines.contains("110105********002X"), lines);
        assertTrue(lines.contains("138****5678"), lines);
        assertTrue(lines.contains("测**"), lines);
        assertFalse(lines.contains("11010519491231002X") || lines.contains(BookingKit.PHONE), "nothing in clear");
        assertTrue(
                slip.blocks().stream()
                        .anyMatch(b -> b instanceof ReceiptBlock.QrCode q
                                && BookingCode.parse(q.payload()).orElse("").equals(code)),
                "the slip's QR code holds the code");

        tap(robot, BookingIds.FINISH);
        assertEquals(Route.HOME, route());
    }

    @Test
    void withoutPaperTheCodeStaysOnScreenAndCanBeReprinted(FxRobot robot) {
        robot.clickOn("#" + Ids.LANGUAGE);
        assertEquals(Language.EN, onFx(() -> context.session().language()));
        kit.receipt.paperOut(true);
        chooseTime(robot, "en");
        tap(robot, BookingIds.BY_HAND);
        assertEquals(step(BookingStep.WHO_BY_HAND), route());
        check("06-name-en");
        tap(robot, BookingIds.NAME_KEY_PREFIX + "mode-pinyin");
        check("06-name-pinyin-en");
        typeName(robot, "wang");
        assertEquals("WANG", text(robot, BookingIds.NAME), "letters being composed show in the field");
        tap(robot, BookingIds.NEXT);
        assertEquals(context.messages().get("booking.hand.chooseCharacters"), text(robot, BookingIds.PROBLEM));
        check("06-name-compose-problem-en");
        tapCandidate(robot, "py-", "王");
        tap(robot, BookingIds.NEXT);
        assertEquals(context.messages().get("booking.hand.shortName"), text(robot, BookingIds.PROBLEM));
        check("06-name-problem-en");
        typeName(robot, "xiaoming");
        tapCandidate(robot, "py-", "小明");
        assertEquals("王小明", text(robot, BookingIds.NAME));
        tap(robot, BookingIds.NEXT);
        assertEquals(step(BookingStep.WHO_ID_NUMBER), route());
        String wrongLast = BookingKit.ID_NUMBER.substring(0, 17) + (BookingKit.ID_NUMBER.charAt(17) == '5' ? "6" : "5");
        typeKeys(robot, BookingIds.ID_KEY_PREFIX, wrongLast);
        tap(robot, BookingIds.NEXT);
        assertEquals(context.messages().get("booking.hand.badId"), text(robot, BookingIds.PROBLEM));
        check("06-id-problem-en");
        tap(robot, BookingIds.ID_KEY_PREFIX + "backspace");
        typeKeys(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER.substring(17));
        tap(robot, BookingIds.NEXT);
        phoneMatterConfirm(robot, "en");
        check("10-done-not-printed-en");
        assertEquals(
                "王小明",
                kit.store
                        .find(((Route.BookingDone) route()).code())
                        .orElseThrow()
                        .name());

        assertEquals(context.messages().get("booking.done.notPrinted"), text(robot, BookingIds.PRINT_STATUS));
        assertTrue(kit.receipt.printedDocuments().isEmpty());

        kit.receipt.paperOut(false);
        tap(robot, BookingIds.REPRINT);
        await("the reprint", () -> !kit.receipt.printedDocuments().isEmpty());
        await(
                "the message updated",
                () -> robot.lookup("#" + BookingIds.PRINT_STATUS)
                        .queryAs(Labeled.class)
                        .getText()
                        .equals(context.messages().get("booking.done.printed")));
        assertTrue(
                String.join("\n", kit.receipt.printedDocuments().get(0).textLines())
                        .contains("Legal aid"),
                "the slip is in the visitor's language");
    }

    @Test
    void findsABookingByItsCodeAndCancelsIt(FxRobot robot) {
        var made = kit.store.book("aid-29-0900", "王小明", BookingKit.ID_NUMBER, BookingKit.PHONE, "land", "");
        tap(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.MY_BOOKING);
        assertEquals(new Route.MyBooking(), route());
        check("20-my-booking-zh");
        typeKeys(robot, BookingIds.CODE_KEY_PREFIX, made.code().substring(0, 5));
        tap(robot, BookingIds.FIND);
        assertEquals(context.messages().get("mybooking.invalid"), text(robot, BookingIds.PROBLEM));
        check("20-my-booking-problem-zh");
        typeKeys(robot, BookingIds.CODE_KEY_PREFIX, made.code().substring(5));
        tap(robot, BookingIds.FIND);
        assertEquals(new Route.MyBookingDetails(made.code()), route());
        assertEquals("已预约", text(robot, BookingIds.STATUS));
        check("21-my-booking-details-zh");

        tap(robot, BookingIds.CANCEL);
        check("22-my-booking-cancel-zh");
        tap(robot, BookingIds.CANCEL_YES);
        await(
                "back on the booking",
                () -> context.navigator().current().equals(new Route.MyBookingDetails(made.code())));
        assertEquals("已取消", text(robot, BookingIds.STATUS));
        assertEquals(
                BookingState.CANCELLED,
                kit.store.find(made.code()).orElseThrow().state());
        assertTrue(
                robot.lookup("#" + BookingIds.CANCEL).tryQuery().isEmpty(), "a cancelled booking cannot be cancelled");
        check("23-my-booking-cancelled-zh");

        robot.clickOn("#" + Ids.LANGUAGE);
        check("21-my-booking-details-en");
    }

    @Test
    void everyStepIsLegibleAtTheLargestTextSizeInHighContrast(FxRobot robot) {
        tap(robot, Ids.TEXT_SIZE_PREFIX + "extra-large");
        // Every step's texts are then held to 7:1 (check() reads the theme from the session).
        tap(robot, Ids.HIGH_CONTRAST);
        chooseTime(robot, "zh-xl");
        nameAndIdByHand(robot, "zh-xl");
        phoneMatterConfirm(robot, "zh-xl", true);
        check("10-done-zh-xl");
        String code = ((Route.BookingDone) route()).code();
        robot.clickOn("#" + Ids.LANGUAGE);
        check("10-done-en-xl");
        robot.interact(() -> context.navigator().open(new Route.MyBooking()));
        check("20-my-booking-en-xl");
        robot.interact(() -> context.navigator().open(new Route.MyBookingDetails(code)));
        check("21-my-booking-details-en-xl");
        robot.interact(() -> context.navigator().open(new Route.MyBookingCancel(code)));
        check("22-my-booking-cancel-en-xl");
    }

    @Test
    void theIdleTimeoutWipesWhatWasEntered(FxRobot robot) {
        chooseTime(robot, "zh");
        tap(robot, BookingIds.BY_HAND);
        writeNameByHand(robot);
        tap(robot, BookingIds.NEXT);
        typeKeys(robot, BookingIds.ID_KEY_PREFIX, "6201");
        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        assertTrue(ui.isStillThereShowing(), "first: do you need more time?");
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        robot.interact(ui::tick);
        assertEquals(Route.HOME, route());
        tap(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + "2026-11-29");
        tap(robot, BookingIds.CHOICE_PREFIX + "aid-29-0930");
        tap(robot, BookingIds.BY_HAND);
        assertEquals("", text(robot, BookingIds.NAME));
        writeNameByHand(robot);
        tap(robot, BookingIds.NEXT);
        assertEquals("", text(robot, BookingIds.ID_NUMBER));
    }
}
