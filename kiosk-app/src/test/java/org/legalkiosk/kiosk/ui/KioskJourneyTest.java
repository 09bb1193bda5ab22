package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

/** A visitor's journey through the real kiosk UI, tapped with a robot on a headless 1080p screen. */
@ExtendWith(ApplicationExtension.class)
class KioskJourneyTest {

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

    private Route route() {
        return session.navigator().current();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id)
                .queryAs(javafx.scene.control.Labeled.class)
                .getText();
    }

    private void assertLaidOutWell(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        var clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        assertTrue(clipped.isEmpty(), where + ": clipped text " + clipped);
        var small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(small.isEmpty(), where + ": touch targets below 64 px " + small);
    }

    @Test
    void tapsFromHomeToAnArticleAndBackHome(FxRobot robot) {
        assertEquals(Route.HOME, route());
        Screenshots.save(scene, "01-home-zh");
        assertLaidOutWell("home");

        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        assertEquals(new Route.Categories(), route());
        Screenshots.save(scene, "02-categories-zh");
        assertLaidOutWell("categories");

        robot.clickOn("#" + Ids.CATEGORY_PREFIX + "succession");
        assertEquals(new Route.ExplainerList("succession"), route());
        Screenshots.save(scene, "03-list-succession-zh");
        assertLaidOutWell("explainer list");

        robot.clickOn("#" + Ids.EXPLAINER_PREFIX + "inheritance-order");
        assertEquals(new Route.ExplainerPage("inheritance-order"), route());
        assertEquals("老人去世没留遗嘱，遗产怎么分？", text(robot, Ids.EXPLAINER_TITLE));
        Screenshots.save(scene, "04-explainer-zh");
        assertLaidOutWell("explainer page");

        Node chip = robot.lookup("#" + Ids.chip("civil-code", 1127)).query();
        robot.interact(() -> chip.getParent().getParent().getParent()); // the chip row is far down the page
        robot.interact(() -> ((javafx.scene.control.ButtonBase) chip).fire());
        assertTrue(robot.lookup("#" + Ids.ARTICLE_PANEL).tryQuery().isPresent(), "article panel opens");
        if (TestKiosk.statutesInstalled()) {
            Label first = (Label) robot.lookup("#" + Ids.ARTICLE_TEXT)
                    .queryAs(javafx.scene.layout.VBox.class)
                    .getChildren()
                    .get(0);
            assertTrue(first.getText().startsWith("遗产按照下列顺序继承"), first.getText());
        } else {
            assertTrue(robot.lookup("#" + Ids.ARTICLE_MISSING).tryQuery().isPresent());
        }
        Screenshots.save(scene, "05-article-zh");

        robot.clickOn("#" + Ids.BACK);
        assertTrue(robot.lookup("#" + Ids.ARTICLE_PANEL).tryQuery().isEmpty(), "Back closes the article first");
        assertEquals(new Route.ExplainerPage("inheritance-order"), route());
        robot.clickOn("#" + Ids.BACK);
        assertEquals(new Route.ExplainerList("succession"), route());
        robot.clickOn("#" + Ids.HOME);
        assertEquals(Route.HOME, route());
        assertTrue(robot.lookup("#" + Ids.BACK).query().isDisabled(), "nothing to go back to on Home");
    }

    @Test
    void switchesLanguageOnAnyScreenAndKeepsThePlace(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.Categories()));
        robot.interact(() -> session.navigator().open(new Route.ExplainerList("succession")));
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.clickOn("#" + Ids.LANGUAGE);
        assertEquals(Language.EN, session.language());
        assertEquals(new Route.ExplainerPage("inheritance-order"), route());
        assertEquals("English", "English");
        assertFalse(
                text(robot, Ids.EXPLAINER_TITLE)
                        .chars()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the English title has no Chinese: " + text(robot, Ids.EXPLAINER_TITLE));
        assertEquals("中文", text(robot, Ids.LANGUAGE));
        Screenshots.save(scene, "14-explainer-en");
        robot.clickOn("#" + Ids.LANGUAGE);
        assertEquals(Language.ZH, session.language());
        assertEquals("老人去世没留遗嘱，遗产怎么分？", text(robot, Ids.EXPLAINER_TITLE));
    }

    @Test
    void enlargesTextWithoutClippingAnything(FxRobot robot) {
        for (TextSize size : TextSize.values()) {
            robot.clickOn("#" + Ids.TEXT_SIZE_PREFIX + size.name().toLowerCase().replace('_', '-'));
            assertEquals(size, session.textSizeProperty().get());
            for (Route r : new Route[] {
                Route.HOME,
                new Route.Categories(),
                new Route.ExplainerList("labour"),
                new Route.ExplainerPage("unpaid-wages")
            }) {
                robot.interact(() -> session.navigator().open(r));
                assertLaidOutWell(size + " " + r);
            }
            robot.interact(() -> session.navigator().home());
        }
        double normal = fontSize(robot, TextSize.NORMAL);
        double large = fontSize(robot, TextSize.EXTRA_LARGE);
        assertTrue(large > normal * 1.4, "extra large text is clearly larger: " + normal + " -> " + large);
    }

    private double fontSize(FxRobot robot, TextSize size) {
        robot.interact(() -> session.textSizeProperty().set(size));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".welcome").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void idleTimeoutForgetsTheVisitor(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        robot.clickOn("#" + Ids.CATEGORY_PREFIX + "labour");
        robot.clickOn("#" + Ids.LANGUAGE);
        robot.clickOn("#" + Ids.TEXT_SIZE_PREFIX + "large");
        assertEquals(3, session.navigator().depth());

        nanos.addAndGet(Duration.ofSeconds(89).toNanos());
        robot.interact(() -> ui.idleMonitor().check());
        assertEquals(new Route.ExplainerList("labour"), route(), "89 s is not yet idle");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        robot.interact(() -> ui.idleMonitor().check());
        assertTrue(ui.isStillThereShowing(), "first the kiosk asks whether the visitor needs more time");
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        robot.interact(() -> ui.tick());
        assertEquals(Route.HOME, route());
        assertEquals(Language.ZH, session.language());
        assertEquals(TextSize.NORMAL, session.textSizeProperty().get());
        assertEquals(1, session.navigator().depth());
        assertTrue(speech.stops > 0, "read-aloud stops when the visitor leaves");
    }

    @Test
    void aTouchKeepsTheSessionAlive(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        nanos.addAndGet(Duration.ofSeconds(80).toNanos());
        robot.clickOn("#" + Ids.CATEGORY_PREFIX + "labour");
        nanos.addAndGet(Duration.ofSeconds(80).toNanos());
        robot.interact(() -> ui.idleMonitor().check());
        assertEquals(new Route.ExplainerList("labour"), route());
    }

    @Test
    void readsTheScreenAloud(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("unpaid-wages")));
        robot.clickOn("#" + Ids.READ_ALOUD);
        assertEquals(1, speech.spoken.size());
        assertTrue(
                speech.spoken.get(0).text().startsWith("老板、包工头拖欠工资怎么办？"),
                speech.spoken.get(0).text());
        assertFalse(speech.spoken.get(0).text().contains("**"), "Markdown is not read out");
        assertEquals(Language.ZH, speech.spoken.get(0).language());
    }

    @Test
    void pageButtonsScrollALongExplainerForVisitorsWhoDoNotSwipe(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        javafx.scene.control.ScrollPane scroll =
                robot.lookup("#" + Ids.EXPLAINER_SCROLL).queryAs(javafx.scene.control.ScrollPane.class);
        assertEquals(0.0, scroll.getVvalue());
        assertTrue(robot.lookup("#" + Ids.EXPLAINER_SCROLL + "-up").query().isDisabled(), "nothing above the top");
        robot.clickOn("#" + Ids.EXPLAINER_SCROLL + "-down");
        double afterOnePage = scroll.getVvalue();
        assertTrue(afterOnePage > 0, "page down moved the page");
        for (int i = 0;
                i < 20
                        && !robot.lookup("#" + Ids.EXPLAINER_SCROLL + "-down")
                                .query()
                                .isDisabled();
                i++) {
            robot.clickOn("#" + Ids.EXPLAINER_SCROLL + "-down");
        }
        assertEquals(scroll.getVmax(), scroll.getVvalue(), "repeated page down reaches the end");
        robot.clickOn("#" + Ids.EXPLAINER_SCROLL + "-up");
        assertTrue(scroll.getVvalue() < scroll.getVmax());
    }

    @Test
    void relatedQuestionsAreLargeCardsThatOpenTheirExplainer(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        org.legalkiosk.kiosk.ui.common.TapArea card =
                robot.lookup("#" + Ids.RELATED_PREFIX + "wills").queryAs(org.legalkiosk.kiosk.ui.common.TapArea.class);
        assertTrue(card.getHeight() >= LayoutChecks.MIN_TOUCH_PX);
        robot.interact(card::tap);
        assertEquals(new Route.ExplainerPage("wills"), route());
        robot.clickOn("#" + Ids.BACK);
        assertEquals(new Route.ExplainerPage("inheritance-order"), route());
    }

    @Test
    void showsThePicturesAnExplainerContains(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("private-loan-iou")));
        var images =
                robot.lookup(n -> n instanceof javafx.scene.image.ImageView).queryAll();
        assertEquals(1, images.size());
        javafx.scene.image.ImageView view =
                (javafx.scene.image.ImageView) images.iterator().next();
        assertEquals(1000, view.getImage().getWidth(), "the sample IOU picture from content/images");
        robot.interact(() -> ((javafx.scene.control.ScrollPane)
                        robot.lookup("#" + Ids.EXPLAINER_SCROLL).query())
                .setVvalue(0.3));
        Screenshots.save(scene, "07-explainer-with-picture-zh");
    }

    @Test
    void anArticleLeadsIntoTheWholeLawWithTheArticleMarked(FxRobot robot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TestKiosk.statutesInstalled(), "official statutes not at hand (../shared/data/laws)");
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.interact(() -> robot.lookup("#" + Ids.chip("civil-code", 1127))
                .queryAs(javafx.scene.control.ButtonBase.class)
                .fire());
        robot.clickOn("#" + Ids.ARTICLE_CHAPTER);
        assertEquals(new Route.LawChapter("civil-code", 1126, 1127), route(), "chapter 2 of book 6 starts at 1126");
        Node focused = robot.lookup("#" + Ids.STATUTE_ARTICLE_PREFIX + 1127).query();
        assertTrue(focused.getStyleClass().contains("focused"));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "08-law-chapter-focus-zh");
        robot.clickOn("#" + Ids.BACK);
        assertEquals(new Route.ExplainerPage("inheritance-order"), route());
    }

    @Test
    void browsesALawByBookAndChapter(FxRobot robot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TestKiosk.statutesInstalled(), "official statutes not at hand (../shared/data/laws)");
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        robot.clickOn("#" + Ids.LAWS_ENTRY);
        assertEquals(new Route.Laws(), route());
        Screenshots.save(scene, "09-laws-zh");
        robot.clickOn("#" + Ids.LAW_PREFIX + "legal-aid-law");
        assertEquals(new Route.LawContents("legal-aid-law"), route());
        Screenshots.save(scene, "10-law-contents-zh");
        assertLaidOutWell("law contents");
        robot.clickOn("#" + Ids.CHAPTER_PREFIX + 1);
        assertEquals(new Route.LawChapter("legal-aid-law", 1, 0), route());
        assertTrue(robot.lookup("#" + Ids.STATUTE_ARTICLE_PREFIX + 1).tryQuery().isPresent());
        assertLaidOutWell("law chapter");
        Screenshots.save(scene, "11-law-chapter-zh");
    }

    @Test
    void theTechnicianWithTheUsbStickIsToldHowTheUpdateWent(FxRobot robot) {
        robot.interact(() -> ui.showUpdateResult(false, "", "BAD_SIGNATURE"));
        Labeled body = (Labeled)
                robot.lookup("#" + Ids.UPDATE_RESULT + " .article-missing").query();
        assertTrue(body.getText().contains("BAD_SIGNATURE") && body.getText().contains("原来的内容没有变"), body.getText());
        Screenshots.save(scene, "17-usb-update-refused-zh");
        robot.clickOn("#" + Ids.UPDATE_RESULT_CLOSE);
        assertTrue(robot.lookup("#" + Ids.UPDATE_RESULT).tryQuery().isEmpty());
        robot.interact(() -> ui.showUpdateResult(true, "13", ""));
        assertTrue(robot.lookup("#" + Ids.UPDATE_RESULT).tryQuery().isPresent());
    }
}
