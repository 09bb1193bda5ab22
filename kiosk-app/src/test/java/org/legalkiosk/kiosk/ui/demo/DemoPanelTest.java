package org.legalkiosk.kiosk.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
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

/** The demo's device panel in the real kiosk UI, driving the real simulated devices of the demo set. */
@ExtendWith(ApplicationExtension.class)
class DemoPanelTest {

    private final AtomicLong nanos = new AtomicLong();
    private DeviceRuntime runtime;
    private DeviceManager manager;
    private SimulatedDemoControls controls;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        runtime = new DeviceRuntime(TestKiosk.CLOCK);
        manager = new DeviceManager(DemoDevices.simulatedSet(), runtime.factories(), TestKiosk.CLOCK);
        controls = new SimulatedDemoControls(manager);
        context = TestKiosk.context(TestKiosk.contentWithoutStatutes());
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        ui.enableDemoDevices(
                controls.controls,
                () -> {
                    manager.checkNow();
                    return manager.snapshot();
                },
                () -> Optional.of("4KD7Q2"));
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDevices() {
        manager.close();
        runtime.close();
    }

    private String receiptLine(FxRobot robot) {
        return robot.lookup("." + "demo-state").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(t -> t.contains("receipt"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theClosedHandleSitsInTheHelpBarClearOfTheVisitorsButtons(FxRobot robot) {
        Node handle = robot.lookup("#" + DemoIds.HANDLE).query();
        assertTrue(handle.isVisible());
        Bounds handleBounds = onFx(() -> handle.localToScene(handle.getLayoutBounds()));
        Node content = robot.lookup("#" + Ids.CONTENT).query();
        Bounds contentBounds = onFx(() -> content.localToScene(content.getLayoutBounds()));
        assertTrue(
                handleBounds.getMinY() >= contentBounds.getMaxY(),
                "the handle " + handleBounds + " is below the screen's content " + contentBounds);
        for (String id : List.of(
                Ids.TILE_EXPLAINERS,
                Ids.TILE_SEARCH,
                Ids.TILE_BOOKING,
                Ids.TILE_SELF_CHECK,
                Ids.BACK,
                Ids.HOME,
                Ids.LANGUAGE)) {
            robot.lookup("#" + id).tryQuery().ifPresent(n -> {
                Bounds b = onFx(() -> n.localToScene(n.getLayoutBounds()));
                assertFalse(b.intersects(handleBounds), id + " " + b + " is under the handle " + handleBounds);
            });
        }
        assertTrue(handleBounds.getHeight() >= LayoutChecks.MIN_TOUCH_PX, "handle height " + handleBounds);
        assertEquals(List.of(), onFx(() -> LayoutChecks.clippedTexts((Parent) handle)));
        assertFalse(robot.lookup("#" + DemoIds.PANEL).tryQuery().isPresent());
        Screenshots.save(scene, "demo-handle-closed");
    }

    @Test
    void tappingPaperOutRunsThePrinterOutOfPaperAndTheStateLineSaysSo(FxRobot robot) {
        robot.clickOn("#" + DemoIds.HANDLE);
        assertTrue(robot.lookup("#" + DemoIds.PANEL).tryQuery().isPresent());
        assertTrue(receiptLine(robot).endsWith("正常"), receiptLine(robot));
        Screenshots.save(scene, "demo-panel-open");
        Parent root = ui.root();
        assertEquals(List.of(), onFx(() -> LayoutChecks.smallTouchTargets(root)));
        assertEquals(List.of(), onFx(() -> LayoutChecks.clippedTexts(root)));

        robot.clickOn("#" + DemoAction.PAPER_OUT.nodeId());
        assertEquals(List.of("receiptPaperOut true"), controls.calls);
        assertEquals(
                DeviceState.NEEDS_ATTENTION,
                manager.status("receipt").orElseThrow().state());
        assertEquals("小票打印机 receipt：需要处理（paper-out）", receiptLine(robot));
        assertEquals(
                "已经做了：小票打印机缺纸",
                robot.lookup("#" + DemoIds.FEEDBACK).queryAs(Labeled.class).getText());
        Screenshots.save(scene, "demo-panel-paper-out");

        robot.clickOn("#" + DemoAction.PAPER_BACK.nodeId());
        assertTrue(receiptLine(robot).endsWith("正常"), receiptLine(robot));
    }

    @Test
    void fitsTheScreenAtTheLargestTextSizeInEnglish(FxRobot robot) {
        robot.interact(() -> {
            context.session().toggleLanguage();
            context.session().textSizeProperty().set(TextSize.EXTRA_LARGE);
        });
        robot.clickOn("#" + DemoIds.HANDLE);
        Screenshots.save(scene, "demo-panel-en-extra-large");
        Node panel = robot.lookup("#" + DemoIds.PANEL).query();
        Bounds b = onFx(() -> panel.localToScene(panel.getLayoutBounds()));
        assertTrue(b.getMaxY() <= scene.getHeight() && b.getMaxX() <= scene.getWidth(), "panel " + b);
        Parent root = ui.root();
        assertEquals(List.of(), onFx(() -> LayoutChecks.smallTouchTargets(root)));
        assertEquals(List.of(), onFx(() -> LayoutChecks.clippedTexts(root)));
    }

    @Test
    void closeAndHomeTakeThePanelAwayAndTheHandleStays(FxRobot robot) {
        robot.clickOn("#" + DemoIds.HANDLE);
        robot.clickOn("#" + DemoIds.CLOSE);
        assertFalse(robot.lookup("#" + DemoIds.PANEL).tryQuery().isPresent());
        robot.clickOn("#" + DemoIds.HANDLE);
        robot.clickOn("#" + Ids.HOME);
        assertFalse(robot.lookup("#" + DemoIds.PANEL).tryQuery().isPresent());
        assertTrue(robot.lookup("#" + DemoIds.HANDLE).tryQuery().isPresent());
    }

    @Test
    void theCameraIsShownTheLastBookingCode(FxRobot robot) {
        robot.clickOn("#" + DemoIds.HANDLE);
        robot.clickOn("#" + DemoAction.SHOW_BOOKING_QR.nodeId());
        assertEquals(List.of("cameraShowsQrCode 4KD7Q2"), controls.calls);
    }

    @Test
    void outsideTheDemoThereIsNoHandle(FxRobot robot) {
        Node handle = onFx(() -> {
            KioskUi production = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
            production.enableDemoDevices(DemoDeviceControls.none(), List::of, Optional::empty);
            return production.root().lookup("#" + DemoIds.HANDLE);
        });
        assertNull(handle);
    }
}
