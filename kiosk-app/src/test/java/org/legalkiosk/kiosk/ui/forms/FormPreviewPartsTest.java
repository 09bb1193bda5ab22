package org.legalkiosk.kiosk.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
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
import org.legalkiosk.kiosk.service.input.Strokes;
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
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's preview at every text size and in both languages, on a headless 1080p screen (decision 0094): the page is
 * never wider than its area and there is no scroll bar, the body text is drawn at least about as large as the
 * visitor's text size, and the page is read part by part with 上一部分 / 下一部分 (large enough for a finger, greyed at
 * either end, the position shown and read aloud). Also the writing pad on the form's name question at the largest
 * text size in both languages, with a character drawn. Screenshots under {@code target/screenshots/forms/}.
 */
@ExtendWith(ApplicationExtension.class)
class FormPreviewPartsTest {

    @TempDir
    Path dir;

    private final SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", TestKiosk.CLOCK);
    private final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", TestKiosk.CLOCK);
    private final RecordingSpeech speech = new RecordingSpeech();
    private BookingStore store;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    private static ChineseInput input;

    private static synchronized ChineseInput input() {
        if (input == null) {
            input = ChineseInput.installed();
        }
        return input;
    }

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
        ui = new KioskUi(context, speech, Duration.ofSeconds(90), () -> 0L);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void thePageFitsTheScreenAtEverySizeAndIsReadPartByPart(FxRobot robot) {
        toReview(robot);
        tap(robot, FormIds.TO_PREVIEW);
        double normalText = 0;
        for (Language language : Language.values()) {
            for (TextSize size : TextSize.values()) {
                robot.interact(() -> {
                    context.session().languageProperty().set(language);
                    context.session().textSizeProperty().set(size);
                });
                String name = "20-preview-" + language.name().toLowerCase() + "-" + size.styleClass();
                await(name + ": the first part", () -> shownPart() != null);
                var m = context.messages();

                Bounds area = bounds(FormIds.PAGES);
                Bounds page = bounds(FormIds.PAGE);
                assertTrue(page.getWidth() <= area.getWidth() + 0.5, name + ": the page " + page + " in " + area);
                assertTrue(page.getMinX() >= area.getMinX() - 0.5 && page.getMaxX() <= area.getMaxX() + 0.5, name);
                assertTrue(area.getMaxX() <= scene.getWidth(), name + ": the page area ends inside the screen");
                assertEquals(List.of(), horizontalScrollBars(), name + ": nothing to drag sideways");

                // The printed body text (12 pt at the preview's 150 dpi) as drawn on screen.
                Rectangle2D viewport = shownPart();
                double bodyOnScreen = 12.0 * 150 / 72 * page.getWidth() / viewport.getWidth();
                if (size == TextSize.NORMAL) {
                    normalText = bodyOnScreen;
                }
                assertTrue(
                        bodyOnScreen >= size.basePixels() * 0.9,
                        name + ": printed text " + bodyOnScreen + " px for a text size of " + size.basePixels());
                if (size == TextSize.EXTRA_LARGE) {
                    assertTrue(bodyOnScreen > normalText * 1.1, name + ": larger than at the normal size");
                }

                int parts = onFx(() -> model().partCountProperty().get());
                assertTrue(parts >= 2, name + ": a page does not fit one screen, so there are parts: " + parts);
                assertTrue(button(FormIds.PREVIOUS_PART).isDisabled(), name + ": nothing before the first part");
                assertFalse(button(FormIds.NEXT_PART).isDisabled(), name);
                assertEquals(m.get("forms.preview.part", 1, parts), text(FormIds.PART_POSITION));
                assertEquals(m.get("forms.preview.sheet", 1, 2), text(FormIds.PART_SHEET), name + ": two sheets");
                for (String id : List.of(FormIds.PREVIOUS_PART, FormIds.NEXT_PART)) {
                    Bounds b = bounds(id);
                    assertTrue(
                            b.getWidth() >= LayoutChecks.MIN_TOUCH_PX && b.getHeight() >= LayoutChecks.MIN_TOUCH_PX,
                            name + ": " + id + " is " + b);
                }
                assertEquals(m.get("forms.preview.previousPart"), text(FormIds.PREVIOUS_PART));
                assertEquals(m.get("forms.preview.nextPart"), text(FormIds.NEXT_PART));
                String spoken = onFx(() -> ui.currentScreen().spokenText());
                assertTrue(spoken.contains(spoken(m.get("forms.preview.part", 1, parts))), name + " reads: " + spoken);
                assertTrue(spoken.contains(spoken(m.get("forms.preview.sheet", 1, 2))), name + " reads: " + spoken);
                check(name);

                tap(robot, FormIds.NEXT_PART);
                Rectangle2D second = shownPart();
                assertTrue(second.getMinY() > viewport.getMinY(), name + ": ▼ shows the page further down");
                assertTrue(second.getMinY() < viewport.getMaxY(), name + ": overlapping a little, to keep one's place");
                assertEquals(m.get("forms.preview.part", 2, parts), text(FormIds.PART_POSITION));
                assertFalse(button(FormIds.PREVIOUS_PART).isDisabled(), name);
                assertTrue(onFx(() -> ui.currentScreen().spokenText())
                        .contains(spoken(m.get("forms.preview.part", 2, parts))));
                check(name + "-part2");
                tap(robot, FormIds.PREVIOUS_PART);
                assertEquals(viewport, shownPart(), name + ": ▲ goes back to the first part");
                assertTrue(button(FormIds.PREVIOUS_PART).isDisabled(), name);
            }
        }
    }

    @Test
    void theLastPartEndsAtTheFooterOfTheLastSheetWithNoEmptyScreenBefore(FxRobot robot) {
        tap(robot, Ids.TEXT_SIZE_PREFIX + "extra-large");
        toReview(robot);
        tap(robot, FormIds.TO_PREVIEW);
        await("the first part", () -> shownPart() != null);
        int parts = onFx(() -> model().partCountProperty().get());
        List<Rectangle2D> seen = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            seen.add(shownPart());
            tap(robot, FormIds.NEXT_PART);
        }
        var m = context.messages();
        assertEquals(m.get("forms.preview.part", parts, parts), text(FormIds.PART_POSITION));
        assertEquals(m.get("forms.preview.sheet", 2, 2), text(FormIds.PART_SHEET));
        assertTrue(button(FormIds.NEXT_PART).isDisabled(), "nothing after the last part");
        ImageView page = (ImageView) robot.lookup("#" + FormIds.PAGE).query();
        Rectangle2D last = shownPart();
        double height = onFx(() -> page.getImage().getHeight());
        // The footer (form number, date, 第 2 页 共 2 页) sits 12–15 mm above the paper's edge, 71–87 px at 150 dpi.
        assertTrue(
                last.getMaxY() > height - 71 && last.getMaxY() <= height,
                "down to the footer: " + last + " of " + height);
        assertTrue(
                last.getMinY() > seen.get(seen.size() - 1).getMaxY(),
                "the white between the end of the form and its footer is not shown: " + seen + " then " + last);
        assertEquals(m.get("forms.preview.endOfForm"), text(FormIds.END_NOTE));
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.END_NOTE).isVisible()), "the end says so in the white");
        assertTrue(onFx(() -> ui.currentScreen().spokenText()).contains(m.get("forms.preview.endOfForm")));
        check("21-preview-zh-xl-last");
        // Tapping on at the end changes nothing.
        robot.interact(() -> model().nextPart());
        assertEquals(last, shownPart());

        // A language switch rebuilds the screen; the visitor stays on the same part.
        tap(robot, Ids.LANGUAGE);
        await("the part again", () -> shownPart() != null);
        assertEquals(last, shownPart());
        assertEquals(context.messages().get("forms.preview.part", parts, parts), text(FormIds.PART_POSITION));
        check("21-preview-en-xl-last");
    }

    /** The mediation form up to its review; the name is written on the pad at the largest size in both languages. */
    private void toReview(FxRobot robot) {
        tap(robot, FormIds.HOME_ENTRY);
        tap(robot, BookingIds.CHOICE_PREFIX + "people-mediation");
        reader.insert(SampleCards.openEnded());
        await("the card fills the applicant", () -> route() instanceof Route.FormStep s && s.step() == 1);
        typeKeys(robot, "13912345678");
        tap(robot, FormIds.NEXT);

        TextSize before = onFx(() -> context.session().textSizeProperty().get());
        robot.interact(() -> context.session().textSizeProperty().set(TextSize.EXTRA_LARGE));
        check("22-name-pad-zh-xl");
        // Next with nothing written: the message shows in the empty field, and nothing below it moves.
        Bounds padBefore = bounds(FormIds.NAME_KEY_PREFIX + "pad");
        tap(robot, FormIds.NEXT);
        assertEquals(context.messages().get("forms.text.empty"), text(FormIds.PROBLEM));
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.PROBLEM).isVisible()));
        assertEquals(padBefore, bounds(FormIds.NAME_KEY_PREFIX + "pad"), "the pad stays where it was");
        check("22-name-problem-zh-xl");
        draw(robot, Strokes.WANG);
        assertTrue(candidates(robot).contains("王"), "王 is recognised: " + candidates(robot));
        check("22-name-drawn-zh-xl");
        tap(robot, Ids.LANGUAGE);
        check("22-name-pad-en-xl");
        draw(robot, Strokes.WANG);
        check("22-name-drawn-en-xl");
        tapCandidate(robot, "王");
        draw(robot, Strokes.DA);
        tapCandidate(robot, "大");
        assertEquals("王大", text(FormIds.FIELD));
        check("22-name-written-en-xl");
        tap(robot, Ids.LANGUAGE);
        robot.interact(() -> context.session().textSizeProperty().set(before));
        tap(robot, FormIds.NEXT);

        tap(robot, FormIds.OPTION_PREFIX + "neighbour");
        tap(robot, FormIds.OPTION_PREFIX + "debt");
        tap(robot, FormIds.OPTION_PREFIX + "yes");
        typeKeys(robot, "10500");
        tap(robot, FormIds.NEXT);
        tap(robot, FormIds.OPTION_PREFIX + "pay");
        tap(robot, FormIds.NEXT);
        typeKeys(robot, "20240305");
        tap(robot, FormIds.NEXT);
        tap(robot, FormIds.SKIP);
        tap(robot, FormIds.OPTION_PREFIX + "village");
        tap(robot, FormIds.OPTION_PREFIX + "yes");
        assertTrue(onFx(() -> ui.root().lookup("#" + FormIds.TO_PREVIEW) != null), "the review");
    }

    /** A two-line label as it is read aloud. */
    private static String spoken(String shown) {
        return shown.replace('\n', ' ');
    }

    private FormPreviewViewModel model() {
        return ((FormPreviewView) ui.currentScreen()).model();
    }

    /** The rectangle of the page's picture on screen, or null while none is. */
    private Rectangle2D shownPart() {
        return onFx(() -> ui.currentScreen() instanceof FormPreviewView v
                        && v.model().currentPart().isPresent()
                        && ui.root().lookup("#" + FormIds.PAGE) instanceof ImageView page
                        && page.isVisible()
                        && page.getImage() != null
                ? page.getViewport()
                : null);
    }

    private List<String> horizontalScrollBars() {
        return onFx(() -> ui.root().lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL)
                .filter(Node::isVisible)
                .filter(n -> n.getLayoutBounds().getWidth() > 0)
                .map(Node::toString)
                .toList());
    }

    private Bounds bounds(String id) {
        return onFx(() -> {
            Node node = ui.root().lookup("#" + id);
            return node.localToScene(node.getLayoutBounds());
        });
    }

    private Button button(String id) {
        return onFx(() -> (Button) ui.root().lookup("#" + id));
    }

    private Route route() {
        return onFx(() -> context.navigator().current());
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

    /** Draws {@code strokes} (in {@link Strokes#PAD} coordinates) on the writing pad, as a finger would. */
    private void draw(FxRobot robot, int[][] strokes) {
        Node pad = robot.lookup("#" + FormIds.NAME_KEY_PREFIX + "pad").query();
        double scale = (double) ChineseInputViewModel.PAD_SIZE / Strokes.PAD;
        for (int[] stroke : strokes) {
            Point2D first = onFx(() -> pad.localToScreen(stroke[0] * scale, stroke[1] * scale));
            robot.moveTo(first);
            robot.press(MouseButton.PRIMARY);
            for (int i = 2; i + 1 < stroke.length; i += 2) {
                int x = stroke[i];
                int y = stroke[i + 1];
                robot.moveTo(onFx(() -> pad.localToScreen(x * scale, y * scale)));
            }
            robot.release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        await("candidates", () -> !candidates(robot).isEmpty());
    }

    private List<String> candidates(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            var slot = robot.lookup("#" + FormIds.NAME_KEY_PREFIX + "hand-" + i).queryAs(Labeled.class);
            if (slot.isVisible() && slot.getText() != null && !slot.getText().isEmpty()) {
                shown.add(slot.getText());
            }
        }
        return shown;
    }

    private void tapCandidate(FxRobot robot, String character) {
        for (int i = 0; i < ChineseInputViewModel.CANDIDATES; i++) {
            var slot = robot.lookup("#" + FormIds.NAME_KEY_PREFIX + "hand-" + i).queryAs(Labeled.class);
            if (character.equals(slot.getText()) && slot.isVisible()) {
                tap(robot, FormIds.NAME_KEY_PREFIX + "hand-" + i);
                return;
            }
        }
        throw new AssertionError(character + " is not among the candidates " + candidates(robot));
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
        assertNotEquals("", spoken);
    }
}
