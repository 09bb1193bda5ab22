package org.legalkiosk.kiosk.ui.safety;

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
import org.legalkiosk.kiosk.ui.selfcheck.RecordingPrinter;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quick exit on pages about domestic violence: one tap, silence, no history, a neutral Home. */
@ExtendWith(ApplicationExtension.class)
class QuickExitTest {

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

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneTapSilencesForgetsAndShowsANeutralHome(FxRobot robot) {
        robot.interact(() -> {
            session.navigator().open(new Route.Categories());
            session.navigator().open(new Route.ExplainerList("marriage-family"));
            session.navigator().open(new Route.ExplainerPage("domestic-violence"));
            session.textSizeProperty().set(TextSize.LARGE);
        });
        assertTrue(robot.lookup("#" + QuickExitView.BUTTON).tryQuery().isPresent(), "always visible on the page");
        String hotlines = robot.lookup("#" + QuickExitView.HOTLINES)
                .queryAs(Labeled.class)
                .getText();
        assertTrue(hotlines.contains("110") && hotlines.contains("12338"), hotlines);
        tap(robot, Ids.READ_ALOUD);
        assertTrue(speech.isSpeaking());

        tap(robot, QuickExitView.BUTTON);
        assertFalse(speech.isSpeaking(), "speech stopped");
        assertEquals(Route.HOME, session.navigator().current());
        assertEquals(1, session.navigator().depth(), "history empty: Back cannot bring the page back");
        assertFalse(session.navigator().canGoBack());
        assertEquals(TextSize.NORMAL, session.textSizeProperty().get(), "nothing left of the visit");
        assertTrue(robot.lookup("#" + QuickExitView.BUTTON).tryQuery().isEmpty(), "Home is neutral");
    }

    @Test
    void ordinaryPagesHaveNoQuickExit(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        assertTrue(robot.lookup("#" + QuickExitView.BUTTON).tryQuery().isEmpty());
    }

    @Test
    void theSelfCheckResultForAbuseHasItAndAsksBeforePrinting(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.SelfCheck()));
        tap(robot, SelfCheckIds.START);
        tap(robot, SelfCheckIds.option("abuse"));
        assertEquals(new Route.SelfCheckOutcome(), session.navigator().current());
        assertTrue(robot.lookup("#" + QuickExitView.BUTTON).tryQuery().isPresent());

        tap(robot, SelfCheckIds.PRINT);
        assertTrue(robot.lookup("#" + SelfCheckIds.PRINT_QUESTION).tryQuery().isPresent(), "it asks first");
        assertEquals(0, printer.jobs.size());
        Screenshots.save(scene, "safety/zh-normal-print-question");
        tap(robot, SelfCheckIds.PRINT_CANCEL);
        assertEquals(0, printer.jobs.size(), "不打印 prints nothing");
        tap(robot, SelfCheckIds.PRINT);
        tap(robot, SelfCheckIds.PRINT_CONFIRM);
        try {
            // The print runs off the screen's thread, as on the terminal.
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> printer.jobs.size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("要打印 never printed");
        }

        tap(robot, QuickExitView.BUTTON);
        assertEquals(Route.HOME, session.navigator().current());
        robot.interact(() -> session.navigator().open(new Route.SelfCheckOutcome()));
        assertTrue(robot.lookup("#" + SelfCheckIds.VERDICT).tryQuery().isEmpty(), "the answers are gone");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void theStripIsLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
            session.navigator()
                    .open(new Route.ExplainerPage(language == Language.ZH ? "domestic-violence" : "elderly-support"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "safety/" + language.code() + "-" + size.name().toLowerCase() + "-explainer");
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(clipped.isEmpty(), "clipped: " + clipped);
        assertTrue(small.isEmpty(), "small: " + small);
    }
}
