package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.input.Strokes;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
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
 * The handwriting pad and the pinyin tab on the name step and on search, in both languages at every text size,
 * with something written and something typed: screenshots under {@code target/screenshots/input/}, and the tour's
 * checks (nothing cut off, nothing small, contrast, nothing below the fold).
 */
@ExtendWith(ApplicationExtension.class)
class ChineseInputTourTest {

    @TempDir
    Path dir;

    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ScreenContext context = new BookingKit(dir).context(TestKiosk.contentWithoutStatutes());
        session = context.session();
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void draw(FxRobot robot, String prefix, int[][] character) {
        Node pad = robot.lookup("#" + prefix + "pad").query();
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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void thePadAndThePinyinTabAreLegibleEverywhere(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
        });
        String prefix = "input/" + language.code() + "-" + size.name().toLowerCase() + "-";
        List<String> problems = new ArrayList<>();

        robot.interact(() -> session.navigator().open(new Route.Booking(BookingStep.WHO_BY_HAND)));
        draw(robot, BookingIds.NAME_KEY_PREFIX, Strokes.WANG);
        check(prefix + "name-handwriting", problems);
        assertEquals(
                "王",
                robot.lookup("#" + BookingIds.NAME_KEY_PREFIX + "hand-0")
                        .queryAs(javafx.scene.control.Labeled.class)
                        .getText());
        tap(robot, BookingIds.NAME_KEY_PREFIX + "mode-pinyin");
        for (char c : "zhang".toCharArray()) {
            tap(robot, BookingIds.NAME_KEY_PREFIX + c);
        }
        check(prefix + "name-pinyin", problems);

        robot.interact(() -> {
            session.navigator().home();
            session.navigator().open(new Route.Search(""));
        });
        draw(robot, "key-", Strokes.SHI);
        check(prefix + "search-handwriting", problems);
        tap(robot, "key-hand-0");
        tap(robot, "key-mode-pinyin");
        for (char c : "lihun".toCharArray()) {
            tap(robot, "key-" + c);
        }
        check(prefix + "search-pinyin", problems);
        robot.interact(() -> session.navigator().home());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A terminal without the Debian packages: the letter keyboard alone, and the screen says why. */
    @Test
    void withoutTheRecogniserOrItsDataTheLetterKeyboardRemainsAndTheScreenSaysSo(FxRobot robot) {
        ScreenContext bare = new ScreenContext(
                TestKiosk.contentWithoutStatutes(),
                NoticeBoard.contentOnly(TestKiosk.contentWithoutStatutes(), TestKiosk.CLOCK),
                new KioskSession(Language.ZH),
                TestKiosk.CLOCK,
                ResidentServices.none(),
                ChineseInput.none());
        KioskUi plain = onFx(() -> new KioskUi(bare, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime));
        robot.interact(() -> scene.setRoot(plain.root()));
        robot.interact(() -> bare.session().navigator().open(new Route.Search("")));
        assertTrue(
                robot.lookup("#key-mode-hand")
                        .tryQuery()
                        .map(n -> !n.isVisible())
                        .orElse(true),
                "no handwriting tab");
        assertEquals(
                bare.messages().get("input.noHandwritingNoCandidates"),
                robot.lookup("#key-status")
                        .queryAs(javafx.scene.control.Labeled.class)
                        .getText());
        for (char c : "lihun".toCharArray()) {
            tap(robot, "key-" + c);
        }
        assertEquals(
                "lihun▏",
                robot.lookup("#" + Ids.SEARCH_QUERY)
                        .queryAs(javafx.scene.control.Labeled.class)
                        .getText(),
                "letters go straight into the search");
        Screenshots.save(scene, "input/zh-normal-search-not-installed");
        robot.interact(() -> bare.session().languageProperty().set(Language.EN));
        Screenshots.save(scene, "input/en-normal-search-not-installed");
    }

    private void check(String name, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, name);
        onFx(() -> LayoutChecks.clippedTexts(ui.root())).forEach(p -> problems.add(name + ": clipped " + p));
        onFx(() -> LayoutChecks.smallTouchTargets(ui.root())).forEach(p -> problems.add(name + ": small " + p));
        onFx(() -> LayoutChecks.lowContrast(ui.root(), 4.5, 3.0)).forEach(p -> problems.add(name + ": contrast " + p));
        onFx(() -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT)))
                .forEach(p -> problems.add(name + ": below the fold " + p));
    }
}
