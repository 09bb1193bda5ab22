package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.domain.OfficeDecision.Kind;
import org.legalkiosk.booking.store.DecisionOutcome;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * My booking after the township office decided, on the real kiosk UI at 1080p: the office's words as the status
 * ("司法所已确认", "已取消：原因", attended, no-show), a sentence on what to do now, both read aloud, in both
 * languages and at the normal and the largest text size. Screenshots under {@code target/screenshots/booking/}.
 */
@ExtendWith(ApplicationExtension.class)
class MyBookingDecisionTest {

    private static final Instant DECIDED = Instant.parse("2026-11-28T07:00:00Z");

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private final RecordingSpeech speech = new RecordingSpeech();
    private BookingKit kit;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        kit = new BookingKit(dir);
        context = kit.context(TestKiosk.contentWithoutStatutes());
        ui = new KioskUi(context, speech, Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private String book(String slot) {
        return kit.store
                .book(slot, "王小明", BookingKit.ID_NUMBER, BookingKit.PHONE, "land", "")
                .code();
    }

    private void decide(long seq, String code, Kind kind, String reason) {
        assertEquals(
                DecisionOutcome.APPLIED,
                kit.store.decisions().apply(new OfficeDecision(seq, code, kind, reason, DECIDED)));
    }

    /** Opens the booking, checks its status and hint on screen and read aloud, and saves a screenshot. */
    private void shows(FxRobot robot, String code, String status, String hint, String shot) {
        robot.interact(() -> context.navigator().open(new Route.MyBookingDetails(code)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                status,
                robot.lookup("#" + BookingIds.STATUS).queryAs(Labeled.class).getText());
        assertEquals(
                hint,
                robot.lookup("#" + BookingIds.STATUS_HINT)
                        .queryAs(Labeled.class)
                        .getText());
        robot.clickOn("#" + Ids.READ_ALOUD);
        WaitForAsyncUtils.waitForFxEvents();
        String spoken = onFx(speech::lastText);
        assertTrue(spoken.contains(status) && spoken.contains(hint), "read aloud: " + spoken);
        Screenshots.save(scene, "booking/" + shot);
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        assertTrue(clipped.isEmpty(), shot + ": clipped text " + clipped);
        List<String> hidden =
                onFx(() -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT)));
        assertTrue(hidden.isEmpty(), shot + ": below the fold " + hidden);
    }

    /**
     * A cancellation whose list reason came by name (docs/decisions/0095): the list's words in the visitor's
     * language, the officer's own after them as typed; one kept without a name (an older hub) stays in Chinese.
     */
    @Test
    void aListReasonIsSaidInTheVisitorsLanguageWithTheOfficersWordsAsTyped(FxRobot robot) {
        String withWords = book("aid-29-0900");
        String listOnly = book("aid-29-0930");
        String oldHub = book("aid-30-1000");
        assertEquals(
                DecisionOutcome.APPLIED,
                kit.store
                        .decisions()
                        .apply(new OfficeDecision(
                                1,
                                withWords,
                                Kind.CANCELLED,
                                "司法所当天不办公：停电检修",
                                OfficeDecision.Reason.OFFICE_CLOSED,
                                "停电检修",
                                DECIDED)));
        assertEquals(
                DecisionOutcome.APPLIED,
                kit.store
                        .decisions()
                        .apply(new OfficeDecision(
                                2, listOnly, Kind.CANCELLED, "重复预约", OfficeDecision.Reason.DUPLICATE, null, DECIDED)));
        decide(3, oldHub, Kind.CANCELLED, "工作人员当天有事");
        var m = context.messages();
        String hint = m.get("mybooking.hint.CANCELLED");

        shows(robot, withWords, "已取消：司法所当天不办公：停电检修", hint, "35-decision-reason-zh");
        shows(robot, listOnly, "已取消：重复预约", hint, "36-decision-reason-list-zh");

        robot.clickOn("#" + Ids.LANGUAGE);
        hint = context.messages().get("mybooking.hint.CANCELLED");
        shows(
                robot,
                withWords,
                "Cancelled by the office: The office is closed that day – 停电检修",
                hint,
                "35-decision-reason-en");
        shows(robot, listOnly, "Cancelled by the office: A duplicate booking", hint, "36-decision-reason-list-en");
        shows(robot, oldHub, "Cancelled by the office: 工作人员当天有事", hint, "37-decision-reason-old-hub-en");
    }

    @Test
    void eachDecisionIsSaidInPlainWordsAndReadAloud(FxRobot robot) {
        String awaiting = book("aid-29-0900");
        String confirmed = book("aid-29-0900");
        String cancelled = book("aid-29-0930");
        String attended = book("med-02-0900");
        String noShow = book("med-02-0900");
        decide(1, confirmed, Kind.CONFIRMED, null);
        decide(2, cancelled, Kind.CANCELLED, "司法所当天不办公：停电检修");
        decide(3, attended, Kind.CONFIRMED, null);
        decide(4, attended, Kind.ATTENDED, null);
        decide(5, noShow, Kind.NO_SHOW, null);
        var m = context.messages();

        shows(robot, awaiting, "已预约", m.get("mybooking.hint.awaiting"), "30-decision-awaiting-zh");
        shows(robot, confirmed, "司法所已确认", m.get("mybooking.hint.CONFIRMED"), "31-decision-confirmed-zh");
        shows(robot, cancelled, "已取消：司法所当天不办公：停电检修", m.get("mybooking.hint.CANCELLED"), "32-decision-cancelled-zh");
        shows(robot, attended, "已到场，司法所已记录", m.get("mybooking.hint.ATTENDED"), "33-decision-attended-zh");
        shows(robot, noShow, "司法所记录：没有到场", m.get("mybooking.hint.NO_SHOW"), "34-decision-no-show-zh");

        robot.clickOn("#" + Ids.LANGUAGE);
        m = context.messages();
        shows(
                robot,
                confirmed,
                "Confirmed by the office",
                m.get("mybooking.hint.CONFIRMED"),
                "31-decision-confirmed-en");

        robot.interact(() -> context.navigator().open(new Route.Home()));
        robot.clickOn("#" + Ids.LANGUAGE);
        robot.clickOn("#" + Ids.TEXT_SIZE_PREFIX + "extra-large");
        m = context.messages();
        shows(robot, confirmed, "司法所已确认", m.get("mybooking.hint.CONFIRMED"), "31-decision-confirmed-zh-xl");
        shows(robot, cancelled, "已取消：司法所当天不办公：停电检修", m.get("mybooking.hint.CANCELLED"), "32-decision-cancelled-zh-xl");
        robot.clickOn("#" + Ids.LANGUAGE);
        m = context.messages();
        shows(
                robot,
                cancelled,
                "Cancelled by the office: 司法所当天不办公：停电检修",
                m.get("mybooking.hint.CANCELLED"),
                "32-decision-cancelled-en-xl");
    }
}
