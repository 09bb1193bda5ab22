package org.legalkiosk.kiosk.ui.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.usage.DailyUsage;
import org.legalkiosk.kiosk.service.usage.UsageKind;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.explainers.ExplainerPageView;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 有用 / 没解决 after an explainer, topic views and fruitless searches, counted for the county. */
@ExtendWith(ApplicationExtension.class)
class FeedbackAndUsageTest {

    private static final ContentService CONTENT = TestKiosk.content();

    /** The search screen's on-screen keys ({@code SearchView.KEY_PREFIX}, which that package keeps to itself). */
    private static final String SEARCH_KEY = "key-";

    /** A year after the sample content was last checked (2026-11-28). */
    private static final java.time.Clock LATER = java.time.Clock.fixed(
            java.time.Instant.parse("2027-12-01T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));

    private final DailyUsage usage = new DailyUsage(LATER);
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new KioskSession(Language.ZH);
        ScreenContext context = new ScreenContext(
                CONTENT, NoticeBoard.contentOnly(CONTENT, LATER), session, LATER, ResidentServices.none(), usage);
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void toEnd(FxRobot robot) {
        robot.interact(() -> robot.lookup("#" + Ids.EXPLAINER_SCROLL)
                .queryAs(ScrollPane.class)
                .setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneTapOnAFaceIsCountedOnceAndThanked(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        toEnd(robot);
        robot.clickOn("#" + FeedbackView.HELPFUL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> robot.lookup("#" + FeedbackView.THANKS).query().isVisible()));
        assertFalse(
                onFx(() -> robot.lookup("#" + FeedbackView.HELPFUL)
                        .query()
                        .getParent()
                        .isVisible()),
                "one answer only: the faces are gone");
        assertEquals(1, usage.today().get(UsageKind.EXPLAINER_HELPFUL, "inheritance-order"));
        assertEquals(0, usage.today().get(UsageKind.EXPLAINER_NOT_SOLVED, "inheritance-order"));
    }

    @Test
    void topicsOpenedAreCountedButNotComingBackWithBack(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        robot.clickOn("#" + Ids.CATEGORY_PREFIX + "succession");
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("wills")));
        robot.clickOn("#" + Ids.BACK);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, usage.today().get(UsageKind.CATEGORY_VIEW, "succession"));
        assertEquals(1, usage.today().get(UsageKind.EXPLAINER_VIEW, "inheritance-order"), "Back is not a new view");
        assertEquals(1, usage.today().get(UsageKind.EXPLAINER_VIEW, "wills"));
    }

    @Test
    void aSearchThatFoundNothingIsCountedWithoutItsWords(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.Search("")));
        for (char c : "vvvvvv".toCharArray()) {
            robot.clickOn("#" + SEARCH_KEY + c);
        }
        robot.clickOn("#" + Ids.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, usage.today().get(UsageKind.SEARCH_NOTHING_FOUND, null));
        assertFalse(usage.today().toString().contains("vvvvvv"), "the words typed are never kept");
    }

    @Test
    void aSearchLeftWithResultsUnopenedIsAbandoned(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.Search("")));
        for (char c : "lihun".toCharArray()) {
            robot.clickOn("#" + SEARCH_KEY + c);
        }
        robot.clickOn("#" + Ids.BACK);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, usage.today().get(UsageKind.SEARCH_ABANDONED, null));
        assertEquals(0, usage.today().get(UsageKind.SEARCH_NOTHING_FOUND, null));
    }

    @Test
    void theExplainerSaysWhichLawTextItRestsOn(FxRobot robot) {
        robot.interact(() -> {
            ui.setReviewAfterDays(3650);
            session.navigator().open(new Route.ExplainerPage("inheritance-order"));
        });
        assertEquals(
                "依据 2021年1月1日起施行的《民法典》",
                robot.lookup("#" + ExplainerPageView.LAW_BASIS)
                        .queryAs(Labeled.class)
                        .getText());
        assertTrue(
                robot.lookup("#" + ExplainerPageView.REVIEW_NOTICE).tryQuery().isEmpty(),
                "checked recently: no notice");
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("land-contract-disputes")));
        String basis = robot.lookup("#" + ExplainerPageView.LAW_BASIS)
                .queryAs(Labeled.class)
                .getText();
        assertEquals("依据 2018年12月29日修正的《农村土地承包法》", basis);
    }

    @Test
    void anExplainerNotCheckedForLongerThanTheCountyAllowsSaysSo(FxRobot robot) {
        // Checked 2026-11-28, shown 2027-12-01: more than the default 365 days.
        robot.interact(() -> session.navigator().open(new Route.ExplainerPage("inheritance-order")));
        String notice = robot.lookup("#" + ExplainerPageView.REVIEW_NOTICE)
                .queryAs(Labeled.class)
                .getText();
        assertTrue(notice.contains("12348") && notice.contains("司法所"), notice);
        assertTrue(onFx(() -> ui.currentScreen().spokenText()).contains(notice), "and it is read aloud");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void theFacesAreLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
            session.navigator().open(new Route.ExplainerPage("inheritance-order"));
        });
        String prefix = "feedback/" + language.code() + "-" + size.name().toLowerCase();
        Screenshots.save(scene, prefix + "-review-notice");
        toEnd(robot);
        Screenshots.save(scene, prefix + "-explainer-end");
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(clipped.isEmpty(), "clipped: " + clipped);
        assertTrue(small.isEmpty(), "small: " + small);
    }
}
