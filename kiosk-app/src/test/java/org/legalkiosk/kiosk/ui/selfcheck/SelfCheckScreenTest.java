package org.legalkiosk.kiosk.ui.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The self-check in the real kiosk UI on a headless 1080p screen: tapped from Home to a booking, read aloud, printed,
 * wiped by the idle timeout, and photographed at every step in both languages under
 * {@code target/screenshots/selfcheck/}.
 */
@ExtendWith(ApplicationExtension.class)
class SelfCheckScreenTest {

    private static final ContentService CONTENT = TestKiosk.content();

    private final AtomicLong nanos = new AtomicLong();
    private final RecordingSpeech speech = new RecordingSpeech();
    private final RecordingPrinter printer = new RecordingPrinter(RecordingPrinter.Mode.OUT_OF_PAPER);
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new KioskSession(Language.ZH);
        ScreenContext context = new ScreenContext(
                CONTENT,
                NoticeBoard.contentOnly(CONTENT, TestKiosk.CLOCK),
                session,
                TestKiosk.CLOCK,
                new ResidentServices(printer));
        ui = new KioskUi(context, speech, Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private Route route() {
        return session.navigator().current();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runsTheSelfCheckIntoALegalAidBookingForTheMatter(FxRobot robot) {
        tap(robot, Ids.TILE_SELF_CHECK);
        assertEquals(new Route.SelfCheck(), route());
        tap(robot, SelfCheckIds.START);
        assertEquals(new Route.SelfCheckQuestion(0), route());
        assertEquals("您想为哪一类事情找法律帮助？", text(robot, SelfCheckIds.QUESTION));

        tap(robot, SelfCheckIds.option("wages"));
        assertEquals(new Route.SelfCheckQuestion(1), route());
        assertTrue(text(robot, SelfCheckIds.PROGRESS).startsWith("第 2 题"));

        tap(robot, Ids.BACK);
        assertEquals(new Route.SelfCheckQuestion(0), route(), "Back inside the check goes to the previous question");
        assertTrue(text(robot, SelfCheckIds.PROGRESS).startsWith("第 1 题"));
        tap(robot, SelfCheckIds.option("wages"));

        tap(robot, Ids.READ_ALOUD);
        String spoken = speech.spoken.get(speech.spoken.size() - 1).text();
        assertTrue(spoken.contains("您是进城打工的人") && spoken.contains("是；不是"), spoken);

        tap(robot, SelfCheckIds.option("yes"));
        assertEquals(new Route.SelfCheckOutcome(), route());
        assertTrue(
                robot.lookup("#" + SelfCheckIds.VERDICT).query().getStyleClass().contains("verdict-likely"));
        tap(robot, Ids.READ_ALOUD);
        assertTrue(speech.spoken.get(speech.spoken.size() - 1).text().startsWith("您很可能可以申请法律援助"));

        tap(robot, SelfCheckIds.BOOK);
        assertEquals(new Route.BookingStart("legal-aid", "unpaid-wages"), route());
    }

    @Test
    void aPrinterThatCannotPrintGetsACalmLineAndTheResultStays(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.SelfCheck()));
        tap(robot, SelfCheckIds.START);
        tap(robot, SelfCheckIds.option("other"));
        assertTrue(
                robot.lookup("#" + SelfCheckIds.BOOK).tryQuery().isEmpty(), "no booking offered when aid is unlikely");
        tap(robot, SelfCheckIds.PRINT);
        waitFor(() -> robot.lookup("#" + SelfCheckIds.PRINT_STATUS)
                .queryAs(Labeled.class)
                .getText()
                .contains("没关系"));
        assertEquals(1, printer.jobs.size());
        assertEquals(new Route.SelfCheckOutcome(), route());
        Screenshots.save(scene, "selfcheck/zh-print-not-printed");
    }

    @Test
    void theIdleTimeoutWipesTheAnswers(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.SelfCheck()));
        tap(robot, SelfCheckIds.START);
        tap(robot, SelfCheckIds.option("abuse"));
        assertEquals(new Route.SelfCheckOutcome(), route());

        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(() -> ui.idleMonitor().check());
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        robot.interact(() -> ui.tick());
        assertEquals(Route.HOME, route());

        robot.interact(() -> session.navigator().open(new Route.SelfCheckOutcome()));
        assertTrue(robot.lookup("#" + SelfCheckIds.VERDICT).tryQuery().isEmpty(), "the last visitor's result is gone");
        assertTrue(robot.lookup("#" + SelfCheckIds.START).tryQuery().isPresent(), "the next visitor starts afresh");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void everyStepIsLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
        });
        String prefix =
                "selfcheck/" + language.code() + "-" + size.name().toLowerCase().replace('_', '-') + "-";
        List<String> problems = new ArrayList<>();
        // The longest path, through the hardship standard, to a "maybe".
        String[][] walks = {
            {"support", "no", "no", "unsure"},
            {"wages", "yes"},
            {"other"}
        };
        for (String[] walk : walks) {
            robot.interact(() -> {
                session.navigator().home();
                session.navigator().open(new Route.SelfCheck());
            });
            check(prefix + "0-intro", problems);
            robot.interact(() -> robot.lookup("#" + SelfCheckIds.START)
                    .queryAs(ButtonBase.class)
                    .fire());
            for (int i = 0; i < walk.length; i++) {
                check(prefix + (i + 1) + "-question-" + String.join("-", java.util.Arrays.copyOf(walk, i)), problems);
                String option = walk[i];
                robot.interact(() -> robot.lookup("#" + SelfCheckIds.option(option))
                        .queryAs(org.legalkiosk.kiosk.ui.common.TapArea.class)
                        .tap());
            }
            String outcome = "result-" + String.join("-", walk);
            check(prefix + "9-" + outcome, problems);
            robot.interact(() -> robot.lookup("#" + SelfCheckIds.RESULT_SCROLL)
                    .queryAs(javafx.scene.control.ScrollPane.class)
                    .setVvalue(1.0));
            check(prefix + "9-" + outcome + "-end", problems);
        }
        robot.interact(() -> robot.lookup("#" + Ids.chip("legal-aid-law", 31))
                .queryAs(ButtonBase.class)
                .fire());
        check(prefix + "9-result-article", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String name, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, name);
        onFx(() -> LayoutChecks.clippedTexts(ui.root())).forEach(p -> problems.add(name + ": clipped " + p));
        onFx(() -> LayoutChecks.smallTouchTargets(ui.root())).forEach(p -> problems.add(name + ": small " + p));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met", e);
        }
    }
}
