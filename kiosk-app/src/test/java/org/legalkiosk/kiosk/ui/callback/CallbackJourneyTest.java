package org.legalkiosk.kiosk.ui.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.SelfCheckStatistics;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.CodeScanner;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.callback.OutboxCallbackRequests;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.print.PrintService;
import org.legalkiosk.kiosk.session.CallbackStep;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.booking.BookingIds;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Ask staff to call me back" on the real kiosk UI, tapped with a robot on a headless 1080p screen over a real booking
 * store in a temporary folder: Home and the help banner lead there, a wrong number is refused in plain words, Back
 * and Home work, the confirmed request is one {@code callback.requested} outbox row that survives the store being
 * opened again (a power cut), and nothing of the number is read aloud or left in the flow. Screenshots of every step
 * go to {@code target/screenshots/callback/}, each checked for clipped text, small targets, contrast and the fold.
 */
@ExtendWith(ApplicationExtension.class)
class CallbackJourneyTest {

    private static final String PHONE = "13812345678";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private BookingStore store;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        store = BookingStore.open(dir, new java.util.Random(3), TestKiosk.CLOCK);
        ResidentServices services = new ResidentServices(
                PrintService.NONE,
                BookingDesk.NONE,
                IdCardService.NONE,
                CodeScanner.NONE,
                SelfCheckStatistics.NONE,
                new OutboxCallbackRequests(store, TestKiosk.CLOCK));
        var content = TestKiosk.contentWithoutStatutes();
        context = new ScreenContext(
                        content,
                        NoticeBoard.contentOnly(content, TestKiosk.CLOCK),
                        new KioskSession(Language.ZH),
                        TestKiosk.CLOCK,
                        services,
                        ChineseInput.none())
                .withTasks(ScreenTasks.worker());
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aVillagerLeavesANumberAndItIsKeptForTheHub(FxRobot robot) throws Exception {
        check("1-home");
        tap(robot, CallbackIds.HOME_ENTRY);
        assertEquals(new Route.Callback(CallbackStep.TOPIC), route());
        check("2-topic");
        tap(robot, BookingIds.CHOICE_PREFIX + "land");
        assertEquals(new Route.Callback(CallbackStep.PHONE), route());

        typeKeys(robot, "1381234");
        tap(robot, BookingIds.NEXT);
        assertEquals(new Route.Callback(CallbackStep.PHONE), route(), "a short number is not taken");
        assertTrue(text("#" + BookingIds.PROBLEM).contains("11"), "says what a mobile number looks like");
        check("3-phone-wrong");
        tap(robot, CallbackIds.PHONE_KEY_PREFIX + "clear");
        typeKeys(robot, PHONE);
        check("3-phone");
        tap(robot, BookingIds.NEXT);
        assertEquals(new Route.Callback(CallbackStep.REVIEW), route());
        assertEquals("138 1234 5678", text("#" + CallbackIds.REVIEW_PHONE), "the visitor's own review shows it all");
        assertEquals("土地、宅基地", text("#" + CallbackIds.REVIEW_TOPIC));
        assertTrue(onFx(() -> ui.currentScreen().spokenText()).contains("5678"), "the last four digits are said");
        check("4-review");

        // Back goes to the number as typed, and forward again keeps it.
        tap(robot, Ids.BACK);
        assertEquals(new Route.Callback(CallbackStep.PHONE), route());
        assertEquals("138 1234 5678", text("#" + CallbackIds.PHONE));
        tap(robot, BookingIds.NEXT);

        assertTrue(new Outbox(store).pending().isEmpty(), "nothing is kept before the visitor confirms");
        tap(robot, CallbackIds.SEND);
        await("the request is kept", () -> route() instanceof Route.CallbackSent);
        check("5-sent");

        // A power cut now: the store opened afresh from its folder still holds the request.
        List<OutboxEvent> pending = new Outbox(BookingStore.open(dir)).pending();
        assertEquals(1, pending.size());
        assertEquals(OutboxCallbackRequests.EVENT_TYPE, pending.get(0).type());
        JsonNode payload = JSON.readTree(pending.get(0).payload());
        assertEquals("land", payload.get("topic").asText());
        assertEquals(PHONE, payload.get("phone").asText());
        assertEquals("zh", payload.get("language").asText());
        assertEquals(TestKiosk.NOW.toString(), payload.get("requested").asText());

        // Delivered: the terminal keeps no number.
        new Outbox(store).markSent(pending.get(0).id(), TestKiosk.NOW);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(BookingStore.DATABASE_FILE));
                var rows = db.createStatement().executeQuery("SELECT payload, sent FROM outbox")) {
            assertTrue(rows.next());
            assertTrue(rows.getString(2) != null, "marked sent");
            JsonNode sent = JSON.readTree(rows.getString(1));
            assertFalse(sent.has("phone"), "the delivered row has no phone: " + sent);
            assertEquals("land", sent.get("topic").asText(), "the rest of the row stays");
        }

        tap(robot, CallbackIds.FINISH);
        assertEquals(Route.HOME, route());
        // Opened again, the review has nothing left of the last visitor.
        robot.interact(() -> context.navigator().open(new Route.Callback(CallbackStep.REVIEW)));
        assertFalse(onFx(() -> ui.root().lookup("#" + CallbackIds.REVIEW_PHONE) != null), "the number is forgotten");
        check("6-review-after");
    }

    @Test
    void theHelpBannerOffersACallbackAndHomeForgetsTheNumber(FxRobot robot) {
        robot.interact(() -> ui.showHelpRequested());
        check("7-help-banner");
        assertTrue(onFx(() -> ui.isHelpBannerShowing()));
        tap(robot, CallbackIds.HELP_ENTRY);
        assertEquals(new Route.Callback(CallbackStep.TOPIC), route());
        assertFalse(onFx(() -> ui.isHelpBannerShowing()), "the banner goes when the visitor chose");

        robot.interact(() -> context.session().toggleLanguage());
        check("8-topic-en");
        tap(robot, BookingIds.CHOICE_PREFIX + "unpaid-wages");
        typeKeys(robot, PHONE);
        check("9-phone-en");
        tap(robot, Ids.HOME);
        assertEquals(Route.HOME, route());
        robot.interact(() -> context.navigator().open(new Route.Callback(CallbackStep.PHONE)));
        assertEquals("", text("#" + CallbackIds.PHONE), "Home forgot the number typed");
        assertTrue(store.outboxPending().isEmpty(), "nothing was sent");
    }

    private Route route() {
        return onFx(() -> context.navigator().current());
    }

    private String text(String selector) {
        return onFx(() -> ((Label) ui.root().lookup(selector)).getText());
    }

    private void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never happened: " + what + " (now on " + route() + ")");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeKeys(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            tap(robot, CallbackIds.PHONE_KEY_PREFIX + c);
        }
    }

    private void check(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "callback/" + name);
        List<String> clipped = onFx(() -> LayoutChecks.clippedTexts(ui.root()));
        assertTrue(clipped.isEmpty(), name + ": clipped text " + clipped);
        List<String> small = onFx(() -> LayoutChecks.smallTouchTargets(ui.root()));
        assertTrue(small.isEmpty(), name + ": touch targets below 64 px " + small);
        List<String> low = onFx(() -> LayoutChecks.lowContrast(ui.root(), 4.5, 3.0));
        assertTrue(low.isEmpty(), name + ": below WCAG contrast " + low);
        List<String> hidden =
                onFx(() -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT)));
        assertTrue(hidden.isEmpty(), name + ": must be seen but lies below the fold " + hidden);
        String spoken = onFx(() -> ui.currentScreen().spokenText());
        assertFalse(spoken.isBlank(), name + " has something to read aloud");
        assertFalse(spoken.contains(PHONE) || spoken.contains("138 1234"), name + " reads out no phone number");
    }
}
