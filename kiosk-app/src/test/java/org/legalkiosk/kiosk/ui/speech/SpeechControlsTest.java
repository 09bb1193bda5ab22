package org.legalkiosk.kiosk.ui.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.SpeechVolume;
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

/** The read-aloud as a listener meets it: controls while it speaks, silence on leaving, one paragraph on a tap. */
@ExtendWith(ApplicationExtension.class)
class SpeechControlsTest {

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

    private boolean barShowing(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + SpeechBarView.BAR).query().isVisible());
    }

    @Test
    void pauseContinueAndStopWhileReading(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        assertFalse(barShowing(robot), "no controls while silent");
        robot.clickOn("#" + Ids.READ_ALOUD);
        assertTrue(barShowing(robot));
        assertEquals(
                "explainer/inheritance-order.zh",
                speech.spoken.get(0).recording(),
                "a recording in the content is asked for first");

        robot.clickOn("#" + SpeechBarView.PAUSE);
        assertTrue(speech.isPaused());
        assertEquals(
                "继续听",
                robot.lookup("#" + SpeechBarView.PAUSE).queryAs(Labeled.class).getText());
        robot.clickOn("#" + SpeechBarView.PAUSE);
        assertTrue(speech.isSpeaking());

        robot.clickOn("#" + SpeechBarView.STOP);
        assertFalse(speech.isSpeaking());
        assertFalse(barShowing(robot));
    }

    @Test
    void barAndHelpLineTakeTheSameHeightSoNothingMoves(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        double before = onFx(
                () -> robot.lookup("#" + Ids.CONTENT).query().getLayoutBounds().getHeight());
        robot.clickOn("#" + Ids.READ_ALOUD);
        WaitForAsyncUtils.waitForFxEvents();
        double during = onFx(
                () -> robot.lookup("#" + Ids.CONTENT).query().getLayoutBounds().getHeight());
        assertEquals(before, during, 0.5, "the screen keeps its size when the controls appear");
    }

    @Test
    void leavingTheScreenStopsTheReading(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        robot.clickOn("#" + Ids.HOME);
        assertFalse(speech.isSpeaking(), "Home is silent");
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        robot.clickOn("#" + Ids.BACK);
        assertFalse(speech.isSpeaking(), "Back is silent");
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        robot.clickOn("#" + Ids.LANGUAGE);
        assertFalse(speech.isSpeaking(), "a change of language is silent");
        robot.interact(() -> ui.tick());
        assertFalse(barShowing(robot));
    }

    @Test
    void volumeGoesBackToNormalForTheNextVisitor(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        robot.clickOn("#" + SpeechBarView.LOUDER);
        assertEquals(SpeechVolume.LOUD, speech.volume());
        assertTrue(onFx(() -> robot.lookup("#" + SpeechBarView.LOUDER).query().isDisabled()), "no louder than loud");
        robot.interact(() -> session.reset());
        assertEquals(SpeechVolume.NORMAL, speech.volume());
    }

    @Test
    void tappingAParagraphReadsJustThatParagraph(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        Node paragraph = robot.lookup(".md-p").query();
        String words = onFx(() -> ((TextFlow) paragraph)
                .getChildren().stream()
                        .filter(n -> n instanceof javafx.scene.text.Text)
                        .map(n -> ((javafx.scene.text.Text) n).getText())
                        .reduce("", String::concat));
        robot.clickOn(paragraph);
        assertEquals(words, speech.lastText());
        assertFalse(words.isBlank());
        assertTrue(barShowing(robot));
    }

    @Test
    void theSpeakerBesideAnAnswerReadsJustThatAnswerAndChoosesNothing(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.SelfCheck()));
        robot.clickOn("#" + org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds.START);
        Route question = session.navigator().current();
        robot.clickOn("#" + org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds.readOption("abuse"));
        assertEquals("我受到家庭暴力、虐待或者被遗弃", speech.lastText());
        assertEquals(question, session.navigator().current(), "hearing an answer does not choose it");
        robot.clickOn("#" + org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds.QUESTION);
        assertTrue(speech.lastText().startsWith("您想为哪一类事情"), speech.lastText());
        Screenshots.save(scene, "speech/zh-normal-answer-speakers");
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(small.isEmpty(), "small: " + small);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void theControlsAreLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
            session.navigator().open(new Route.ExplainerPage("inheritance-order"));
        });
        robot.clickOn("#" + Ids.READ_ALOUD);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "speech/" + language.code() + "-" + size.name().toLowerCase() + "-reading");
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(clipped.isEmpty(), "clipped: " + clipped);
        assertTrue(small.isEmpty(), "small: " + small);
    }
}
