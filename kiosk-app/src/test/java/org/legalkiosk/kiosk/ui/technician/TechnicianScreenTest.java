package org.legalkiosk.kiosk.ui.technician;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.config.PinHash;
import org.legalkiosk.kiosk.service.technician.RecordingAudit;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
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

/**
 * The hidden technician screen on the real kiosk UI: the corner gesture, the PIN and its lockout, the console with
 * a test print, and screenshots in both languages at every text size.
 */
@ExtendWith(ApplicationExtension.class)
class TechnicianScreenTest {

    private static final String PIN = "246810";
    private final AtomicLong nanos = new AtomicLong();
    private final RecordingAudit audit = new RecordingAudit();
    private final List<String> printed = new ArrayList<>();
    private KioskSession session;
    private KioskUi ui;
    private Scene scene;

    /** A console over fixed devices; the test print is recorded, nothing is restarted. */
    private final class FixedConsole implements TechnicianConsole {
        @Override
        public Overview overview() {
            return new Overview(
                    "1.2.3",
                    "14 (2026-11-30)",
                    "2026-11-30T08:00:00Z apply usb ok",
                    List.of(
                            new Device("receipt", "receipt_printer", "READY", null),
                            new Device("a4", "document_printer", "NEEDS_ATTENTION", "out of paper"),
                            new Device("idcard", "id_card_reader", "DISCONNECTED", "no reply on /dev/ttyUSB0")),
                    printed.size(),
                    List.of("eth0 192.168.1.40"));
        }

        @Override
        public List<String> printers() {
            return List.of("a4", "receipt");
        }

        @Override
        public String testPrint(String printerId) {
            printed.add(printerId);
            return "printed";
        }

        @Override
        public boolean canRestart() {
            return true;
        }

        @Override
        public void restart() {
            throw new AssertionError("not in a test");
        }

        @Override
        public boolean canExit() {
            return false;
        }

        @Override
        public void exit() {
            throw new AssertionError("never in kiosk mode");
        }
    }

    @Start
    void start(Stage stage) {
        ScreenContext context = TestKiosk.context(TestKiosk.contentWithoutStatutes());
        session = context.session();
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        TechnicianAccess access =
                new TechnicianAccess(Optional.of(PinHash.of(PIN, new SecureRandom())), audit, TestKiosk.CLOCK);
        ui.enableTechnician(access, new FixedConsole(), nanos::get);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void cornerTaps(FxRobot robot, int taps) {
        for (int i = 0; i < taps; i++) {
            robot.clickOn(onFx(() -> scene.getRoot().localToScreen(20, 1060)));
            nanos.addAndGet(300_000_000L);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tap(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pin(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            tap(robot, TechnicianIds.PIN_KEY_PREFIX + c);
        }
        tap(robot, TechnicianIds.PIN_OK);
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    @Test
    void fourTapsDoNothingFiveOpenThePinAndFiveWrongPinsLockIt(FxRobot robot) {
        cornerTaps(robot, 4);
        assertFalse(showing(robot, TechnicianIds.PIN_PANEL));
        nanos.addAndGet(5_000_000_000L);
        cornerTaps(robot, 5);
        assertTrue(showing(robot, TechnicianIds.PIN_PANEL));
        for (int i = 1; i <= 4; i++) {
            pin(robot, "111111");
            assertEquals(session.navigator().current(), Route.HOME);
            assertTrue(robot.lookup("#" + TechnicianIds.PROBLEM)
                    .queryAs(Labeled.class)
                    .getText()
                    .contains(String.valueOf(TechnicianAccess.MAX_FAILURES - i)));
        }
        pin(robot, "111111");
        pin(robot, PIN);
        assertFalse(showing(robot, TechnicianIds.CONSOLE), "locked: even the right PIN does not open");
        assertTrue(robot.lookup("#" + TechnicianIds.PROBLEM)
                .queryAs(Labeled.class)
                .getText()
                .contains("15"));
        Screenshots.save(scene, "technician/zh-normal-locked");
        assertEquals(
                List.of(401, 401, 401, 401, 423, 423),
                audit.entries.stream().map(e -> e.status()).toList());
    }

    @Test
    void theRightPinOpensTheConsoleWhichTestPrintsOnEachPrinter(FxRobot robot) throws Exception {
        cornerTaps(robot, 5);
        pin(robot, PIN);
        assertTrue(showing(robot, TechnicianIds.CONSOLE));
        assertEquals(
                "需要处理",
                robot.lookup("#" + TechnicianIds.DEVICE_PREFIX + "a4")
                        .queryAs(Labeled.class)
                        .getText());
        assertFalse(showing(robot, TechnicianIds.EXIT), "no exit in kiosk mode");
        tap(robot, TechnicianIds.PRINT_PREFIX + "receipt");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#" + TechnicianIds.PRINT_STATUS)
                        .queryAs(Labeled.class)
                        .getText()
                        .contains("printed")));
        assertEquals(List.of("receipt"), printed);
        assertTrue(audit.entries.stream().anyMatch(e -> e.detail().equals("test print on receipt: printed")));
        tap(robot, TechnicianIds.CLOSE);
        assertFalse(showing(robot, TechnicianIds.CONSOLE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ZH, NORMAL", "EN, NORMAL", "ZH, LARGE", "EN, LARGE", "ZH, EXTRA_LARGE", "EN, EXTRA_LARGE"})
    void everyTechnicianScreenIsLegible(Language language, TextSize size, FxRobot robot) {
        robot.interact(() -> {
            session.languageProperty().set(language);
            session.textSizeProperty().set(size);
        });
        String prefix = "technician/" + language.code() + "-" + size.name().toLowerCase() + "-";
        cornerTaps(robot, 5);
        check(prefix + "pin");
        pin(robot, PIN);
        check(prefix + "console");
        tap(robot, TechnicianIds.CLOSE);
    }

    private void check(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, name);
        List<String> problems = new ArrayList<>();
        problems.addAll(onFx(() -> LayoutChecks.clippedTexts(ui.root())));
        problems.addAll(onFx(() -> LayoutChecks.smallTouchTargets(ui.root())));
        problems.addAll(onFx(() -> LayoutChecks.lowContrast(ui.root(), 4.5, 3.0)));
        problems.addAll(onFx(
                () -> LayoutChecks.hiddenBelowTheFold(ui.root(), ui.root().lookup("#" + Ids.CONTENT))));
        assertTrue(problems.isEmpty(), name + ": " + String.join("\n", problems));
    }
}
