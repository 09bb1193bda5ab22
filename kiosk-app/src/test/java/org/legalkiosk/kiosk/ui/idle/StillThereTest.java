package org.legalkiosk.kiosk.ui.idle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
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

/** "Do you need more time?" before the idle reset, on a fake clock: no test here waits for real time. */
@ExtendWith(ApplicationExtension.class)
class StillThereTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecordingSpeech speech = new RecordingSpeech();
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ScreenContext context = TestKiosk.context(TestKiosk.content());
        session = context.session();
        ui = new KioskUi(context, speech, Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void pass(FxRobot robot, int seconds) {
        nanos.addAndGet(Duration.ofSeconds(seconds).toNanos());
        robot.interact(() -> ui.tick());
    }

    private String countdown(FxRobot robot) {
        return robot.lookup("#" + StillThereView.COUNTDOWN)
                .queryAs(Labeled.class)
                .getText();
    }

    @Test
    void theQuestionComesBeforeTheWipeAndCountsDown(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerList("labour")));
        pass(robot, 89);
        assertFalse(ui.isStillThereShowing(), "89 s is not yet idle");
        pass(robot, 1);
        assertTrue(ui.isStillThereShowing());
        assertTrue(robot.lookup("#" + StillThereView.ROOT).query().isVisible());
        assertEquals("20 秒", countdown(robot));
        assertTrue(speech.lastText().startsWith("还需要更多时间吗？"), "the question is read aloud: " + speech.lastText());
        assertEquals(new Route.ExplainerList("labour"), session.navigator().current(), "nothing is wiped yet");

        pass(robot, 5);
        assertEquals("15 秒", countdown(robot));
        pass(robot, 14);
        assertEquals("1 秒", countdown(robot));
        assertTrue(ui.isStillThereShowing(), "the spoken question does not count as the visitor being here");
        pass(robot, 1);
        assertFalse(ui.isStillThereShowing());
        assertEquals(Route.HOME, session.navigator().current(), "an unanswered countdown ends in the reset");
        assertFalse(robot.lookup("#" + StillThereView.ROOT).query().isVisible());
    }

    @Test
    void oneTapOnContinueKeepsEverything(FxRobot robot) {
        robot.interact(() -> {
            session.navigator().open(new Route.ExplainerList("labour"));
            session.textSizeProperty().set(TextSize.LARGE);
        });
        pass(robot, 90);
        assertTrue(ui.isStillThereShowing());
        robot.clickOn("#" + StillThereView.CONTINUE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ui.isStillThereShowing());
        assertFalse(speech.isSpeaking(), "the question stops being read");
        assertEquals(new Route.ExplainerList("labour"), session.navigator().current());
        assertEquals(TextSize.LARGE, session.textSizeProperty().get());
        pass(robot, 89);
        assertFalse(ui.isStillThereShowing(), "the timeout starts again from the tap");
    }

    @Test
    void aTapBesideTheButtonContinuesToo(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerList("labour")));
        pass(robot, 90);
        robot.clickOn(robot.point("#" + StillThereView.ROOT)
                .atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(40, 40));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ui.isStillThereShowing());
        assertEquals(new Route.ExplainerList("labour"), session.navigator().current(), "and lands on nothing below");
    }

    @Test
    void homeWithNothingToLoseResetsWithoutAsking(FxRobot robot) {
        pass(robot, 90);
        assertFalse(ui.isStillThereShowing());
        assertTrue(ui.idleMonitor().isIdle());
    }

    @Test
    void listeningIsNotIdleTheTimeoutCountsFromTheEndOfTheReading(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        robot.interact(() -> {
            for (int i = 0;
                    i < 400;
                    i++) { // a six-minute explainer heard to the end, the idle clock beating each second
                nanos.addAndGet(Duration.ofSeconds(1).toNanos());
                ui.tick();
            }
        });
        assertFalse(ui.isStillThereShowing(), "nobody is reset in the middle of a sentence");
        speech.finish();
        pass(robot, 1);
        pass(robot, 88);
        assertFalse(ui.isStillThereShowing());
        pass(robot, 2);
        assertTrue(ui.isStillThereShowing());
    }

    @Test
    void theWarningLastsAsConfigured(FxRobot robot) {
        robot.interact(() -> {
            ui.setIdleWarning(Duration.ofSeconds(45));
            session.navigator().open(new Route.Notices());
        });
        pass(robot, 90);
        assertEquals("45 秒", countdown(robot));
        pass(robot, 44);
        assertTrue(ui.isStillThereShowing());
        pass(robot, 1);
        assertEquals(Route.HOME, session.navigator().current());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void theQuestionIsLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
            session.navigator().open(new Route.ExplainerList("succession"));
        });
        pass(robot, 90);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "idle/" + language.code() + "-" + size.name().toLowerCase() + "-still-there");
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(clipped.isEmpty(), "clipped: " + clipped);
        assertTrue(small.isEmpty(), "small: " + small);
        double height = onFx(() -> robot.lookup("#" + StillThereView.CONTINUE)
                .query()
                .getBoundsInLocal()
                .getHeight());
        assertTrue(height >= 150, "one huge button: " + height);
    }
}
