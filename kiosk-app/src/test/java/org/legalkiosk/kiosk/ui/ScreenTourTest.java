package org.legalkiosk.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
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
import org.legalkiosk.kiosk.ui.booking.BookingIds;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Visits every main screen in both languages and at every text size, saves a screenshot of each under
 * {@code target/screenshots/tour/} and checks that no text is cut off, every button is finger-sized and every text
 * and outline meets WCAG contrast (also in the high-contrast theme, prefix {@code hc-}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {

    private static final org.legalkiosk.kiosk.service.input.ChineseInput INPUT =
            org.legalkiosk.kiosk.service.input.ChineseInput.installed();
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;
    /** WCAG: 4.5:1 for text in the default theme, 7:1 in high contrast; 3:1 for outlines in both. */
    private double minTextContrast = 4.5;

    @Start
    void start(Stage stage) {
        // With handwriting and pinyin candidates as CI installs them, so the search screens look as on a terminal.
        ScreenContext base = TestKiosk.context(TestKiosk.content());
        ScreenContext context = new ScreenContext(
                base.content(), base.notices(), base.session(), base.clock(), base.residents(), INPUT);
        session = context.session();
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ZH, NORMAL, false",
        "EN, NORMAL, false",
        "ZH, LARGE, false",
        "EN, LARGE, false",
        "ZH, EXTRA_LARGE, false",
        "EN, EXTRA_LARGE, false",
        "ZH, NORMAL, true",
        "EN, EXTRA_LARGE, true"
    })
    void everyScreenIsLegible(Language language, TextSize size, boolean highContrast, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
            session.highContrastProperty().set(highContrast);
        });
        minTextContrast = highContrast ? 7.0 : 4.5;
        Map<String, Route> screens = new LinkedHashMap<>();
        screens.put("1-home", Route.HOME);
        screens.put("2-categories", new Route.Categories());
        screens.put("3-list", new Route.ExplainerList("succession"));
        screens.put("4-explainer", new Route.ExplainerPage("inheritance-order"));
        screens.put("6-notices", new Route.Notices());
        screens.put("5-booking-start", new Route.BookingStart(null, null));
        screens.put("7-self-check", new Route.SelfCheck());
        screens.put("7-self-check-q1", new Route.SelfCheckQuestion(0));
        screens.put("8-search-tags", new Route.Search(""));
        screens.put("9-search-results", new Route.Search(language == Language.ZH ? "lihun" : "divorce"));
        if (TestKiosk.statutesInstalled()) {
            screens.put("10-laws", new Route.Laws());
            screens.put("11-law-contents", new Route.LawContents("civil-code"));
            screens.put("12-law-chapter", new Route.LawChapter("civil-code", 1126, 1127));
        }
        List<String> problems = new ArrayList<>();
        String prefix = "tour/" + (highContrast ? "hc-" : "") + language.code() + "-"
                + size.name().toLowerCase() + "-";
        for (Map.Entry<String, Route> screen : screens.entrySet()) {
            robot.interact(() -> {
                session.navigator().home();
                session.navigator().open(screen.getValue());
            });
            check(prefix + screen.getKey(), problems);
            if (screen.getValue() instanceof Route.ExplainerPage) {
                robot.interact(() -> robot.lookup("#" + Ids.EXPLAINER_SCROLL)
                        .queryAs(ScrollPane.class)
                        .setVvalue(1.0));
                check(prefix + "4-explainer-end", problems);
                robot.interact(() -> robot.lookup("#" + Ids.chip("civil-code", 1127))
                        .queryAs(ButtonBase.class)
                        .fire());
                check(prefix + "5-article", problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * This tour's terminal has no booking store (no schedule yet): the booking tile must not lead to an empty list
     * but say plainly that booking is not available here, give the 12348 hotline and lead back Home.
     */
    @Test
    void bookingWithoutAScheduleSaysItIsNotAvailableHereAndLeadsHome(FxRobot robot) {
        robot.interact(() -> session.navigator().home());
        robot.clickOn("#" + Ids.TILE_BOOKING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                new Route.BookingStart(null, null),
                onFx(() -> session.navigator().current()));
        Messages m = Messages.of(Language.ZH);
        assertEquals(
                m.get("booking.unavailable"),
                robot.lookup("#" + BookingIds.EMPTY).queryAs(Labeled.class).getText());
        assertFalse(robot.lookup(LabeledMatchers.hasText("12348")).queryAll().isEmpty(), "the hotline is shown large");
        assertTrue(
                robot.lookup("#" + BookingIds.MY_BOOKING).tryQuery().isEmpty(),
                "no My booking on a terminal that never took one");
        String spoken = onFx(() -> ui.currentScreen().spokenText());
        assertTrue(spoken.contains(m.get("booking.unavailable")) && spoken.contains("12348"), spoken);
        List<String> problems = new ArrayList<>();
        check("tour/zh-normal-5-booking-unavailable", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        robot.clickOn("#" + BookingIds.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Route.HOME, onFx(() -> session.navigator().current()));
    }

    private void check(String name, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, name);
        onFx(() -> LayoutChecks.clippedTexts(ui.root())).forEach(p -> problems.add(name + ": clipped " + p));
        onFx(() -> LayoutChecks.smallTouchTargets(ui.root())).forEach(p -> problems.add(name + ": small " + p));
        onFx(() -> LayoutChecks.lowContrast(ui.root(), minTextContrast, 3.0))
                .forEach(p -> problems.add(name + ": low contrast " + p));
        onFx(() -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT)))
                .forEach(p -> problems.add(name + ": below the fold " + p));
    }
}
