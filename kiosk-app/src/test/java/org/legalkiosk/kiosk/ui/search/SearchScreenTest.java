package org.legalkiosk.kiosk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.input.ChineseInput;
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

/** Searching by tapping: a common problem, or pinyin on the on-screen keyboard. */
@ExtendWith(ApplicationExtension.class)
class SearchScreenTest {

    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ScreenContext context = TestKiosk.context(TestKiosk.content());
        session = context.session();
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void type(FxRobot robot, String letters) {
        for (char c : letters.toCharArray()) {
            robot.clickOn("#" + SearchView.KEY_PREFIX + (c == ' ' ? "space" : String.valueOf(c)));
        }
    }

    private String query(FxRobot robot) {
        return robot.lookup("#" + Ids.SEARCH_QUERY)
                .queryAs(Labeled.class)
                .getText()
                .replace("▏", "");
    }

    @Test
    void showsCommonProblemsBeforeAnythingIsTyped(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        assertEquals(new Route.Search(""), session.navigator().current());
        assertFalse(
                robot.lookup(".tag-big").queryAll().isEmpty()
                        && robot.lookup(".tag").queryAll().isEmpty(),
                "a tag cloud to tap");
        Screenshots.save(scene, "12-search-tags-zh");
        assertTrue(onFx(() -> LayoutChecks.smallTouchTargets(ui.root())).isEmpty());
        assertTrue(
                onFx(() -> LayoutChecks.clippedTexts(ui.root())).isEmpty(),
                onFx(() -> LayoutChecks.clippedTexts(ui.root())).toString());
    }

    @Test
    void pinyinInitialsTypedOnTheKeyboardFindTheExplainer(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "gongzi");
        assertEquals("gongzi", query(robot));
        assertTrue(
                robot.lookup("#" + Ids.RESULT_PREFIX + "unpaid-wages")
                        .tryQuery()
                        .isPresent(),
                "工资 typed as pinyin finds the unpaid-wages explainer");
        Screenshots.save(scene, "13-search-results-zh");
        robot.clickOn("#" + SearchView.KEY_PREFIX + "backspace");
        assertEquals("gongz", query(robot));
        robot.clickOn("#" + SearchView.KEY_PREFIX + "clear");
        assertEquals("", query(robot));
    }

    @Test
    void openingAResultAndComingBackKeepsTheQuery(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "lihun");
        robot.lookup(n -> n.getId() != null && n.getId().startsWith(Ids.RESULT_PREFIX))
                .queryAs(org.legalkiosk.kiosk.ui.common.TapArea.class);
        var first = robot.lookup(n -> n.getId() != null && n.getId().startsWith(Ids.RESULT_PREFIX))
                .queryAs(org.legalkiosk.kiosk.ui.common.TapArea.class);
        robot.interact(first::tap);
        assertTrue(
                session.navigator().current() instanceof Route.ExplainerPage
                        || session.navigator().current() instanceof Route.LawChapter,
                session.navigator().current().toString());
        robot.clickOn("#" + Ids.BACK);
        assertEquals(new Route.Search("lihun"), session.navigator().current());
        assertEquals("lihun", query(robot));
    }

    @Test
    void tappingACommonProblemSearchesForIt(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        var tag = robot.lookup(".chip").queryAs(javafx.scene.control.Button.class);
        String text = tag.getText();
        robot.interact(tag::fire);
        assertEquals(text, query(robot));
        assertFalse(
                robot.lookup(".chinese-input").query().isVisible(), "a choice puts the keyboard away for the results");
        robot.clickOn("#" + Ids.KEYBOARD_TOGGLE);
        assertTrue(robot.lookup(".chinese-input").query().isVisible(), "and it comes back with one tap");
        assertFalse(
                robot.lookup("#" + Ids.SEARCH_NONE).tryQuery().isPresent(),
                "a common problem finds something: " + text);
    }

    @Test
    void nonsenseFindsNothingButOffersTheClosestTopicsTheSelfCheckAndTheHotline(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "vvvvvv");
        assertTrue(robot.lookup("#" + Ids.SEARCH_NONE).tryQuery().isPresent());
        assertTrue(robot.lookup("#" + SearchView.ID_HOTLINE)
                .queryAs(Labeled.class)
                .getText()
                .contains("12348"));
        var topics = robot.lookup("#" + SearchView.ID_CLOSEST + " .chip").queryAllAs(javafx.scene.control.Button.class);
        assertFalse(topics.isEmpty(), "never an empty list: the closest topics are offered");
        String spoken = onFx(() -> ui.currentScreen().spokenText());
        assertTrue(
                spoken.contains("12348")
                        && spoken.contains(topics.iterator().next().getText()),
                spoken);
        robot.clickOn("#" + Ids.KEYBOARD_TOGGLE);
        Screenshots.save(scene, "14-search-nothing-found-zh");
        var topic = topics.iterator().next();
        robot.interact(topic::fire);
        assertEquals(topic.getText(), query(robot));
        assertFalse(robot.lookup("#" + Ids.SEARCH_NONE).tryQuery().isPresent(), "a closest topic finds something");
    }

    @Test
    void fromNothingFoundTheSelfCheckIsOneTapAway(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "vvvvvv");
        robot.clickOn("#" + Ids.KEYBOARD_TOGGLE);
        robot.clickOn("#" + SearchView.ID_SELF_CHECK);
        assertTrue(onFx(() -> session.navigator().current()) instanceof Route.SelfCheck, "opens the self-check");
    }

    @Test
    void englishVisitorsCanSearchInEnglish(FxRobot robot) {
        robot.interact(() -> session.languageProperty().set(Language.EN));
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "wages");
        assertTrue(robot.lookup("#" + Ids.RESULT_PREFIX + "unpaid-wages")
                .tryQuery()
                .isPresent());
        Screenshots.save(scene, "15-search-results-en");
    }

    /**
     * Issue 11: in English at the largest text size the open handwriting pad pushed the results below the window's
     * edge. The first suggestion and the first result must lie inside the screen, above the pad.
     */
    @Test
    void atTheLargestTextSizeWithThePadOpenTheFirstResultsStayInView(FxRobot robot) {
        for (Language language : Language.values()) {
            KioskSession padSession = new KioskSession(language);
            ContentService content = TestKiosk.content();
            ScreenContext withPad = new ScreenContext(
                    content,
                    NoticeBoard.contentOnly(content, TestKiosk.CLOCK),
                    padSession,
                    TestKiosk.CLOCK,
                    ResidentServices.none(),
                    ChineseInput.installed());
            KioskUi padUi =
                    onFx(() -> new KioskUi(withPad, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime));
            robot.interact(() -> {
                scene.setRoot(padUi.root());
                padSession.textSizeProperty().set(TextSize.EXTRA_LARGE);
                padSession.navigator().open(new Route.Search(language == Language.EN ? "wages" : "工资"));
            });
            String lang = language.name().toLowerCase(java.util.Locale.ROOT);
            Screenshots.save(scene, "16-search-results-pad-extra-large-" + lang);
            Node pad = robot.lookup(".chinese-input").query();
            assertTrue(pad.isVisible(), "the pad is open");
            assertTrue(robot.lookup(".hand-pad").query().isVisible(), "handwriting is installed here (see .ci/run)");
            double padTop = onFx(() -> pad.localToScene(pad.getLayoutBounds()).getMinY());
            Node first = robot.lookup("#" + Ids.RESULT_PREFIX + "unpaid-wages").query();
            Bounds result = onFx(() -> first.localToScene(first.getLayoutBounds()));
            assertTrue(
                    result.getMinY() >= 0 && result.getMinY() + 64 <= padTop,
                    lang + ": the first result begins above the pad, at y=" + result.getMinY() + ", pad at " + padTop);
            var chips = robot.lookup(".search-suggestions .chip").queryAll();
            assertFalse(chips.isEmpty(), lang + ": suggestions for what was typed");
            Node chip = chips.iterator().next();
            Bounds b = onFx(() -> chip.localToScene(chip.getLayoutBounds()));
            assertTrue(b.getMaxY() <= result.getMinY() + 1, lang + ": the first suggestion is above the results");
            var clipped = onFx(() -> LayoutChecks.clippedTexts(padUi.root()));
            assertTrue(clipped.isEmpty(), lang + ": clipped " + clipped);
            var hidden = onFx(() ->
                    LayoutChecks.hiddenBelowTheFold(padUi.root(), padUi.root().lookup("#" + Ids.CONTENT)));
            assertTrue(hidden.isEmpty(), lang + ": below the fold " + hidden);
        }
    }
}
