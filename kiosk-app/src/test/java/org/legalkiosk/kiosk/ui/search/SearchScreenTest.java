package org.legalkiosk.kiosk.ui.search;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
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

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

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
        return robot.lookup("#" + Ids.SEARCH_QUERY).queryAs(Labeled.class).getText().replace("▏", "");
    }

    @Test
    void showsCommonProblemsBeforeAnythingIsTyped(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        assertEquals(new Route.Search(""), session.navigator().current());
        assertFalse(robot.lookup(".tag-big").queryAll().isEmpty() && robot.lookup(".tag").queryAll().isEmpty(),
                "a tag cloud to tap");
        Screenshots.save(scene, "12-search-tags-zh");
        assertTrue(onFx(() -> LayoutChecks.smallTouchTargets(ui.root())).isEmpty());
        assertTrue(onFx(() -> LayoutChecks.clippedTexts(ui.root())).isEmpty(), onFx(() -> LayoutChecks.clippedTexts(ui.root())).toString());
    }

    @Test
    void pinyinInitialsTypedOnTheKeyboardFindTheExplainer(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "gongzi");
        assertEquals("gongzi", query(robot));
        assertTrue(robot.lookup("#" + Ids.RESULT_PREFIX + "unpaid-wages").tryQuery().isPresent(),
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
        robot.lookup(n -> n.getId() != null && n.getId().startsWith(Ids.RESULT_PREFIX)).queryAs(
                org.legalkiosk.kiosk.ui.common.TapArea.class);
        var first = robot.lookup(n -> n.getId() != null && n.getId().startsWith(Ids.RESULT_PREFIX))
                .queryAs(org.legalkiosk.kiosk.ui.common.TapArea.class);
        robot.interact(first::tap);
        assertTrue(session.navigator().current() instanceof Route.ExplainerPage
                || session.navigator().current() instanceof Route.LawChapter, session.navigator().current().toString());
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
        assertFalse(robot.lookup(".chinese-input").query().isVisible(), "a choice puts the keyboard away for the results");
        robot.clickOn("#" + Ids.KEYBOARD_TOGGLE);
        assertTrue(robot.lookup(".chinese-input").query().isVisible(), "and it comes back with one tap");
        assertFalse(robot.lookup("#" + Ids.SEARCH_NONE).tryQuery().isPresent(), "a common problem finds something: " + text);
    }

    @Test
    void nonsenseFindsNothingAndSaysWhatToDo(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "vvvvvv");
        assertTrue(robot.lookup("#" + Ids.SEARCH_NONE).queryAs(Labeled.class).getText().contains("12348"));
    }

    @Test
    void englishVisitorsCanSearchInEnglish(FxRobot robot) {
        robot.interact(() -> session.languageProperty().set(Language.EN));
        robot.clickOn("#" + Ids.TILE_SEARCH);
        type(robot, "wages");
        assertTrue(robot.lookup("#" + Ids.RESULT_PREFIX + "unpaid-wages").tryQuery().isPresent());
        Screenshots.save(scene, "15-search-results-en");
    }
}
