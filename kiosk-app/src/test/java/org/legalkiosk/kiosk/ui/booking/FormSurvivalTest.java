package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.input.Strokes;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
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
 * Forms that survive: a villager who enlarges the text or switches the language half way through keeps what was
 * written, typed and ticked; and a message appearing never moves a button under the finger.
 */
@ExtendWith(ApplicationExtension.class)
class FormSurvivalTest {

    @TempDir
    Path dir;

    private BookingKit kit;
    private ScreenContext context;
    private Scene scene;

    @Start
    void start(Stage stage) {
        kit = new BookingKit(dir);
        context = kit.context(TestKiosk.contentWithoutStatutes());
        KioskUi ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(FxRobot robot, String prefix, String keys) {
        for (char c : keys.toCharArray()) {
            tap(robot, prefix + c);
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private void switchSizeAndLanguage(FxRobot robot, String size) {
        tap(robot, Ids.TEXT_SIZE_PREFIX + size);
        tap(robot, Ids.LANGUAGE);
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

    @Test
    void nameDigitsAndTickedNotesSurviveEveryTextSizeAndLanguageSwitch(FxRobot robot) {
        tap(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + DayStepViewModel.SOONEST);
        tap(robot, BookingIds.BY_HAND);
        draw(robot, Strokes.WANG);
        tap(robot, BookingIds.NAME_KEY_PREFIX + "hand-0");
        switchSizeAndLanguage(robot, "large");
        assertEquals("王", text(robot, BookingIds.NAME), "the name written so far, after size and language");
        draw(robot, Strokes.DA);
        tap(robot, BookingIds.NAME_KEY_PREFIX + "hand-0");
        switchSizeAndLanguage(robot, "extra-large");
        assertEquals("王大", text(robot, BookingIds.NAME));
        Screenshots.save(scene, "survival/name-after-switches-zh-xl");
        tap(robot, BookingIds.NEXT);

        keys(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER.substring(0, 8));
        switchSizeAndLanguage(robot, "normal");
        assertEquals(
                IdNumberStepViewModel.grouped(BookingKit.ID_NUMBER.substring(0, 8)), text(robot, BookingIds.ID_NUMBER));
        keys(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER.substring(8));
        tap(robot, BookingIds.NEXT);

        keys(robot, BookingIds.PHONE_KEY_PREFIX, "13812");
        switchSizeAndLanguage(robot, "large");
        assertEquals("138 12", text(robot, BookingIds.PHONE));
        keys(robot, BookingIds.PHONE_KEY_PREFIX, "345678");
        tap(robot, BookingIds.NEXT);
        tap(robot, BookingIds.CHOICE_PREFIX + "unpaid-wages");

        tap(robot, BookingIds.NOTE_PREFIX + "urgent");
        tap(robot, BookingIds.NOTE_PREFIX + "employer");
        switchSizeAndLanguage(robot, "extra-large");
        switchSizeAndLanguage(robot, "normal");
        Screenshots.save(scene, "survival/notes-after-switches-zh");
        tap(robot, BookingIds.NEXT);
        assertEquals(
                new Route.Booking(BookingStep.REVIEW),
                onFx(() -> context.navigator().current()));
        assertFalse(
                robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("王大"))
                        .queryAll()
                        .isEmpty(),
                "the review shows the name in full, so the visitor can check it");
        tap(robot, BookingIds.CONFIRM);
        await("the done screen", () -> context.navigator().current() instanceof Route.BookingDone);

        var booking = kit.store
                .find(((Route.BookingDone) onFx(() -> context.navigator().current())).code())
                .orElseThrow();
        assertEquals("王大", booking.name());
        assertEquals(BookingKit.ID_NUMBER, booking.idNumber());
        assertEquals(BookingKit.PHONE, booking.phone());
        assertEquals("急需处理；对方是单位或公司", booking.note());
    }

    @Test
    void aSearchSurvivesTheSwitchesToo(FxRobot robot) {
        robot.interact(() -> context.navigator().open(new Route.Search("")));
        tap(robot, "key-mode-pinyin");
        keys(robot, "key-", "lihun");
        tap(robot, "key-py-0");
        assertEquals("离婚▏", text(robot, Ids.SEARCH_QUERY));
        switchSizeAndLanguage(robot, "extra-large");
        assertEquals(Language.EN, onFx(() -> context.session().language()));
        assertEquals("离婚▏", text(robot, Ids.SEARCH_QUERY));
    }

    /** Every button's place on the screen, by id. */
    private Map<String, Bounds> buttons(FxRobot robot) {
        return onFx(() -> {
            Map<String, Bounds> places = new LinkedHashMap<>();
            for (Node n : robot.lookup(".button").queryAll()) {
                if (n.getId() != null && n.isVisible() && n.getScene() != null) {
                    places.put(n.getId(), n.localToScene(n.getLayoutBounds()));
                }
            }
            return places;
        });
    }

    @Test
    void aMessageAppearsInSpaceKeptForItAndNoButtonMoves(FxRobot robot) {
        tap(robot, Ids.TILE_BOOKING);
        tap(robot, BookingIds.CHOICE_PREFIX + "legal-aid");
        tap(robot, BookingIds.CHOICE_PREFIX + DayStepViewModel.SOONEST);
        tap(robot, BookingIds.BY_HAND);
        for (String size : List.of("normal", "extra-large")) {
            tap(robot, Ids.TEXT_SIZE_PREFIX + size);
            Map<String, Bounds> before = buttons(robot);
            tap(robot, BookingIds.NEXT);
            assertFalse(text(robot, BookingIds.PROBLEM).isEmpty(), "a message is shown");
            assertEquals(before, buttons(robot), "name step at " + size + ": no button moved");
        }
        tap(robot, Ids.TEXT_SIZE_PREFIX + "normal");
        draw(robot, Strokes.WANG);
        tap(robot, BookingIds.NAME_KEY_PREFIX + "hand-0");
        draw(robot, Strokes.DA);
        tap(robot, BookingIds.NAME_KEY_PREFIX + "hand-0");
        tap(robot, BookingIds.NEXT);
        keys(robot, BookingIds.ID_KEY_PREFIX, BookingKit.ID_NUMBER);
        tap(robot, BookingIds.NEXT);
        keys(robot, BookingIds.PHONE_KEY_PREFIX, "1381234567");
        for (String size : List.of("normal", "large", "extra-large")) {
            tap(robot, Ids.TEXT_SIZE_PREFIX + size);
            Map<String, Bounds> before = buttons(robot);
            tap(robot, BookingIds.NEXT);
            assertFalse(text(robot, BookingIds.PROBLEM).isEmpty(), "ten digits are not a mobile number");
            assertEquals(before, buttons(robot), "phone step at " + size + ": no button moved");
            Screenshots.save(scene, "survival/phone-problem-zh-" + size);
        }
    }
}
