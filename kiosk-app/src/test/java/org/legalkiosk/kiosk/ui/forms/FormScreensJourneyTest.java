package org.legalkiosk.kiosk.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.SelfCheckStatistics;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.CodeScanner;
import org.legalkiosk.kiosk.service.booking.ReaderIdCardService;
import org.legalkiosk.kiosk.service.forms.FormTallies;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.print.DevicePrintService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.booking.BookingIds;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckIds;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 on the real kiosk UI, tapped by a robot on a headless 1080p screen: the legal-aid self-check leads to the
 * application with the matter and the exemption already answered, the simulated card reader fills the applicant, a
 * name is chosen through pinyin, the review's 修改 works, the preview shows the pages and the simulated A4 printer
 * prints a PDF whose text holds the answers; the mediation form walks every other kind of screen (amount with 大写,
 * tick boxes, date) into a printer out of paper, which offers a booking instead; and an unanswered idle timeout wipes
 * a half-filled form. Screenshots of every screen type go to {@code target/screenshots/forms/}, each checked for
 * clipped text, small targets, contrast and the fold, and for reading no phone or ID number aloud.
 */
@ExtendWith(ApplicationExtension.class)
class FormScreensJourneyTest {

    private static final String PHONE = "13912345678";

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private final SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", TestKiosk.CLOCK);
    private final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", TestKiosk.CLOCK);
    private BookingStore store;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        store = BookingStore.open(dir, new java.util.Random(5), TestKiosk.CLOCK);
        ResidentServices services = new ResidentServices(
                        new DevicePrintService(Optional::empty, () -> Optional.of(a4), ReceiptPaper.MM_80),
                        BookingDesk.NONE,
                        new ReaderIdCardService(() -> Optional.of(reader)),
                        CodeScanner.NONE,
                        SelfCheckStatistics.NONE)
                .withFormStatistics(new FormTallies(store, TestKiosk.CLOCK));
        var content = TestKiosk.content();
        context = new ScreenContext(
                        content,
                        NoticeBoard.contentOnly(content, TestKiosk.CLOCK),
                        new KioskSession(Language.ZH),
                        TestKiosk.CLOCK,
                        services,
                        input())
                .withTasks(ScreenTasks.worker());
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private static ChineseInput input;

    /** Pinyin candidates and handwriting as installed here (CI installs them), opened once for the class. */
    private static synchronized ChineseInput input() {
        if (input == null) {
            input = ChineseInput.installed();
        }
        return input;
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void selfCheckThenPrefilledApplicationThenPrintedOnA4(FxRobot robot) throws Exception {
        IdCard card = SampleCards.openEnded();
        tap(robot, Ids.TILE_SELF_CHECK);
        tap(robot, SelfCheckIds.START);
        tap(robot, SelfCheckIds.option("wages"));
        tap(robot, SelfCheckIds.option("yes"));
        check("01-selfcheck-result");
        tap(robot, SelfCheckIds.FILL_FORM);
        assertEquals(new Route.FormStep("legal-aid-application", true, 0), route());
        check("02-card");
        reader.insert(card);
        await("the card fills the applicant", () -> route() instanceof Route.FormStep s && s.step() == 1);

        typeKeys(robot, "139123");
        tap(robot, FormIds.NEXT);
        assertEquals(1, step(), "a short number is not taken");
        assertFalse(text(FormIds.PROBLEM).isEmpty());
        typeKeys(robot, "45678");
        assertEquals("139 1234 5678", text(FormIds.FIELD));
        check("03-phone");
        tap(robot, FormIds.NEXT);

        check("04-choice");
        tap(robot, FormIds.OPTION_PREFIX + "not-yet");

        tap(robot, FormIds.NAME_KEY_PREFIX + "mode-pinyin");
        typeName(robot, "wang");
        tapCandidate(robot, "py-", "王");
        typeName(robot, "xiaoming");
        tapCandidate(robot, "py-", "小明");
        assertEquals("王小明", text(FormIds.FIELD));
        check("05-name");
        tap(robot, FormIds.NEXT);

        check("06-sentence-optional");
        tap(robot, FormIds.SKIP);
        tap(robot, FormIds.OPTION_PREFIX + "yes");
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.TO_PREVIEW) != null), "the review follows");
        assertEquals(PHONE, text(FormIds.REVIEW_VALUE_PREFIX + "phone"), "the owner's review shows the number");
        assertEquals("讨要工资、确认劳动关系", text(FormIds.REVIEW_VALUE_PREFIX + "matter"), "from the self-check");
        assertFalse(text(FormIds.REVIEW_VALUE_PREFIX + "applicant").contains(card.idNumber()), "the ID is masked");
        check("07-review");

        // 修改 opens the question with its answer and returns to the review.
        tap(robot, FormIds.CHANGE_PREFIX + "phone");
        assertEquals("139 1234 5678", text(FormIds.FIELD));
        tap(robot, FormIds.NEXT);
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.TO_PREVIEW) != null), "back at the review");

        tap(robot, FormIds.TO_PREVIEW);
        await("the pages are drawn", () -> pages() > 0);
        check("08-preview");
        robot.interact(() -> context.session().textSizeProperty().set(TextSize.EXTRA_LARGE));
        await("the pages are drawn again", () -> pages() > 0);
        await(
                "the first part is shown",
                () -> ui.root().lookup("#" + FormIds.PAGE).isVisible());
        double wide = onFx(() -> ((ImageView) ui.root().lookup("#" + FormIds.PAGE)).getFitWidth());
        double room = onFx(
                () -> ui.root().lookup("#" + FormIds.PAGES).getLayoutBounds().getWidth());
        assertTrue(wide <= room, "at the largest text size a page is no wider than its area: " + wide + " > " + room);
        check("09-preview-extra-large");
        robot.interact(() -> context.session().textSizeProperty().set(TextSize.NORMAL));
        await("the pages are drawn", () -> pages() > 0);

        tap(robot, FormIds.PRINT);
        await("printed", () -> route() instanceof Route.FormPrinted);
        check("10-printed");

        List<byte[]> printed = a4.printedDocuments();
        assertEquals(1, printed.size());
        String text;
        try (PDDocument doc = Loader.loadPDF(printed.get(0))) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        for (String expected : List.of(
                "法律援助申请表",
                card.name(),
                card.idNumber(),
                PHONE,
                "王小明",
                "✔讨要工资、确认劳动关系",
                "✔还没有去法院或仲裁",
                "✔进城务工讨工资或工伤赔偿",
                "表号LK-F01")) {
            assertTrue(text.contains(expected), "'" + expected + "' in the printed form: " + text);
        }
        assertEquals(1, store.outboxPending().size(), "one anonymous count");
        assertEquals(FormTallies.EVENT_TYPE, store.outboxPending().get(0).type());

        // Nothing left: the preview route opened again has no form.
        robot.interact(() -> context.navigator().back());
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.NOTHING) != null), "the answers are gone");
        tap(robot, Ids.HOME);
        assertEquals(Route.HOME, route());
    }

    @Test
    void everyKindOfScreenThenNoPaperOffersABooking(FxRobot robot) {
        check("11-home");
        tap(robot, FormIds.HOME_ENTRY);
        assertEquals(new Route.Forms(), route());
        check("12-chooser");
        tap(robot, BookingIds.CHOICE_PREFIX + "people-mediation");
        reader.insert(SampleCards.openEnded());
        await("the card fills the applicant", () -> step() == 1);
        typeKeys(robot, PHONE);
        tap(robot, FormIds.NEXT);
        tap(robot, FormIds.NAME_KEY_PREFIX + "mode-pinyin");
        typeName(robot, "wang");
        tapCandidate(robot, "py-", "王");
        typeName(robot, "xiaoming");
        tapCandidate(robot, "py-", "小明");
        tap(robot, FormIds.NEXT);
        tap(robot, FormIds.OPTION_PREFIX + "neighbour");
        tap(robot, FormIds.OPTION_PREFIX + "debt");
        check("13-yes-no");
        tap(robot, FormIds.OPTION_PREFIX + "yes");

        typeKeys(robot, "10500");
        assertEquals("大写：人民币壹万零伍佰元整", text(FormIds.IN_WORDS), "the amount is written out as it is typed");
        check("14-amount");
        tap(robot, FormIds.NEXT);

        tap(robot, FormIds.NEXT);
        assertFalse(text(FormIds.PROBLEM).isEmpty(), "a tick is needed");
        tap(robot, FormIds.OPTION_PREFIX + "pay");
        tap(robot, FormIds.OPTION_PREFIX + "apology");
        check("15-multi");
        tap(robot, FormIds.NEXT);

        typeKeys(robot, "202403");
        assertEquals("2024年03月__日", text(FormIds.FIELD));
        tap(robot, FormIds.NEXT);
        assertFalse(text(FormIds.PROBLEM).isEmpty(), "a date needs its day");
        typeKeys(robot, "05");
        check("16-date");
        tap(robot, FormIds.NEXT);

        tap(robot, FormIds.SKIP);
        tap(robot, FormIds.OPTION_PREFIX + "village");
        tap(robot, FormIds.OPTION_PREFIX + "yes");
        assertEquals("10500元（壹万零伍佰元整）", text(FormIds.REVIEW_VALUE_PREFIX + "amount"));
        assertEquals("2024年3月5日", text(FormIds.REVIEW_VALUE_PREFIX + "since"));

        a4.paperOut(true);
        tap(robot, FormIds.TO_PREVIEW);
        await("the pages are drawn", () -> pages() > 0);
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.NO_PRINTER).isVisible()), "says so before printing");
        assertFalse(onFx(() -> ui.root().lookup("#" + FormIds.PRINT).isVisible()));
        List<String> tellingToPrint = onFx(() -> ui.root().lookupAll(".label").stream()
                .filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && t.contains("点“打印”"))
                .toList());
        assertEquals(List.of(), tellingToPrint, "no line tells the visitor to tap a Print button that is not there");
        check("17-no-printer");
        a4.paperOut(false);
        tap(robot, "forms-retry");
        await("printed once the paper is back", () -> route() instanceof Route.FormPrinted);
        assertEquals(1, a4.printedDocuments().size());

        // Another form, printer out of paper again: the booking is offered instead.
        tap(robot, Ids.HOME);
        tap(robot, FormIds.HOME_ENTRY);
        a4.paperOut(true);
        robot.interact(() -> context.navigator().open(new Route.FormPreview("people-mediation")));
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.NOTHING) != null), "nothing to print without answers");
        tap(robot, Ids.BACK);
        tap(robot, BookingIds.CHOICE_PREFIX + "complaint-divorce");
        reader.insert(SampleCards.openEnded());
        await("the card fills the plaintiff", () -> step() == 1);
        tap(robot, Ids.HOME);
        robot.interact(() -> context.navigator().open(new Route.FormPreview("complaint-divorce")));
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.NOTHING) != null), "Home forgot the half-filled form");
    }

    @Test
    void anUnansweredIdleTimeoutWipesTheForm(FxRobot robot) {
        tap(robot, FormIds.HOME_ENTRY);
        tap(robot, BookingIds.CHOICE_PREFIX + "complaint-traffic");
        reader.insert(SampleCards.openEnded());
        await("the card fills the plaintiff", () -> step() == 1);
        typeKeys(robot, PHONE);
        tap(robot, FormIds.NEXT);
        assertEquals(2, step());

        nanos.addAndGet(Duration.ofSeconds(91).toNanos());
        robot.interact(ui::tick);
        assertTrue(onFx(ui::isStillThereShowing), "asks first whether the visitor needs more time");
        nanos.addAndGet(Duration.ofMinutes(5).toNanos());
        robot.interact(ui::tick);
        assertEquals(Route.HOME, route());

        // The step the visitor was on, opened again, starts the form from nothing.
        robot.interact(() -> context.navigator().open(new Route.FormStep("complaint-traffic", false, 1)));
        assertEquals(
                0,
                onFx(() -> context.session().form().get("forms.plaintiff-phone", String.class))
                        .map(String::length)
                        .orElse(0));
        assertTrue(onFx(() -> ui.currentScreen().spokenText()).contains("身份证"), "back at the card question");
        robot.interact(() -> context.navigator().open(new Route.FormPreview("complaint-traffic")));
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.NOTHING) != null), "no answers are left");
        assertTrue(a4.printedDocuments().isEmpty());
        assertTrue(store.outboxPending().isEmpty(), "nothing counted, nothing kept");
    }

    private Route route() {
        return onFx(() -> context.navigator().current());
    }

    private int step() {
        return route() instanceof Route.FormStep s ? s.step() : -1;
    }

    /** 1 once a part of the drawn pages is on screen, 0 before (or on a screen without pages). */
    private int pages() {
        return onFx(() -> ui.root().lookup("#" + FormIds.PAGE) instanceof ImageView page
                        && page.isVisible()
                        && page.getImage() != null
                ? 1
                : 0);
    }

    private String text(String id) {
        return onFx(() -> ((Labeled) ui.root().lookup("#" + id)).getText());
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
            tap(robot, FormIds.KEY_PREFIX + c);
        }
    }

    private void typeName(FxRobot robot, String letters) {
        for (char c : letters.toCharArray()) {
            tap(robot, FormIds.NAME_KEY_PREFIX + c);
        }
    }

    private void tapCandidate(FxRobot robot, String row, String character) {
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            var slot = robot.lookup("#" + FormIds.NAME_KEY_PREFIX + row + i).queryAs(Labeled.class);
            if (character.equals(slot.getText()) && slot.isVisible()) {
                tap(robot, FormIds.NAME_KEY_PREFIX + row + i);
                return;
            }
        }
        throw new AssertionError(character + " is not among the candidates of " + row);
    }

    private void check(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "forms/" + name);
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
        assertFalse(spoken.contains(PHONE) || spoken.contains("139 1234"), name + " reads out no phone number");
        assertFalse(spoken.matches(".*\\d{17}[\\dX].*"), name + " reads out no ID number");
    }
}
