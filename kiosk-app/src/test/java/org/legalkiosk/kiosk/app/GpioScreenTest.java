package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.attract.AttractView;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.demo.DemoAction;
import org.legalkiosk.kiosk.ui.demo.DemoIds;
import org.legalkiosk.kiosk.ui.help.HelpBannerView;
import org.legalkiosk.kiosk.ui.help.HelpBannerViewModel;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's GPIO on the real screen: the demo's simulated devices, through {@link GpioSignals} and the services,
 * to the help banner and the attract screen, as the running kiosk wires them.
 */
@ExtendWith(ApplicationExtension.class)
class GpioScreenTest {

    private static final Duration ATTRACT_AFTER = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong();
    private final HelpRequests help = new HelpRequests();
    private final PresenceService presence = new PresenceService();
    private DeviceRuntime runtime;
    private DeviceManager manager;
    private GpioSignals signals;
    private ScreenContext context;
    private KioskUi ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        runtime = new DeviceRuntime(Clock.systemUTC());
        manager = new DeviceManager(DemoDevices.simulatedSet(), runtime.factories(), Clock.systemUTC());
        signals = GpioSignals.start(manager, help, presence);
        context = TestKiosk.context(TestKiosk.contentWithoutStatutes());
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), nanos::get);
        ui.enableDemoDevices(
                new DemoSimulatedDeviceControls(manager),
                () -> {
                    manager.checkNow();
                    return manager.snapshot();
                },
                java.util.Optional::empty);
        ui.listenTo(help, presence);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        onFx(() -> {
            ui.stopListening();
            return null;
        });
        signals.close();
        manager.close();
        runtime.close();
    }

    private void after(FxRobot robot, Duration d) {
        nanos.addAndGet(d.toNanos());
        robot.interact(ui::tick);
    }

    private boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Idle timeout, then the whole attract delay on Home, with the screen's clock beating. */
    private void standIdleUntilDimmed(FxRobot robot) {
        after(robot, Duration.ofSeconds(91));
        after(robot, Duration.ofSeconds(1));
        after(robot, ATTRACT_AFTER);
    }

    @Test
    void pressingTheHelpButtonInTheDemoPanelShowsTheCalmBannerAndTellsTheStaff(FxRobot robot) {
        assertFalse(visible(robot, HelpBannerView.BANNER));
        robot.clickOn("#" + DemoIds.HANDLE);
        robot.clickOn("#" + DemoAction.HELP_BUTTON.nodeId());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(visible(robot, HelpBannerView.BANNER));
        assertEquals(
                "已通知工作人员，请稍等。也可以拨打 12348",
                robot.lookup("#" + HelpBannerView.TEXT).queryAs(Labeled.class).getText());
        assertEquals(1, help.summary().count(), "the request is counted for the agent");
        assertTrue(visible(robot, DemoIds.PANEL), "the panel stays open under the banner");
        Screenshots.save(scene, "gpio-help-banner-demo-panel");

        after(robot, HelpBannerViewModel.SHOW_FOR);
        assertFalse(visible(robot, HelpBannerView.BANNER), "gone after a while");
    }

    @Test
    void theBannerSpeaksTheVisitorsLanguageAndATapClosesIt(FxRobot robot) {
        robot.interact(() -> context.session().toggleLanguage());
        robot.interact(() -> manager.first(org.legalkiosk.devices.gpio.SimulatedHelpButton.class)
                .orElseThrow()
                .press());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Staff have been told, please wait a moment. You can also call 12348",
                robot.lookup("#" + HelpBannerView.TEXT).queryAs(Labeled.class).getText());
        Screenshots.save(scene, "gpio-help-banner-en");
        robot.clickOn("#" + HelpBannerView.BANNER);
        assertFalse(visible(robot, HelpBannerView.BANNER));
    }

    @Test
    void idleOnHomeDimsIntoTheAttractScreenAndAPersonArrivingWakesIt(FxRobot robot) {
        after(robot, Duration.ofSeconds(91));
        after(robot, ATTRACT_AFTER.minusSeconds(5));
        assertFalse(visible(robot, AttractView.ATTRACT), "not before the delay");
        after(robot, Duration.ofSeconds(10));
        assertTrue(ui.isAttractShowing());
        assertTrue(visible(robot, AttractView.ATTRACT));
        Screenshots.save(scene, "gpio-attract");

        // the sensor fires on its own (here the test's) thread; the screen hears it through FxThread
        manager.first(SimulatedPresenceSensor.class).orElseThrow().personArrives();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, AttractView.ATTRACT));
        assertTrue(robot.lookup("#" + Ids.TILE_EXPLAINERS).tryQuery().isPresent(), "Home is there");
        Screenshots.save(scene, "gpio-attract-woken");
    }

    @Test
    void aTouchWakesTheAttractScreenWithoutPressingWhatIsUnderneath(FxRobot robot) {
        standIdleUntilDimmed(robot);
        assertTrue(visible(robot, AttractView.ATTRACT));
        Node tile = robot.lookup("#" + Ids.TILE_EXPLAINERS).query();
        robot.clickOn(tile);
        assertFalse(visible(robot, AttractView.ATTRACT));
        assertEquals(1, context.session().navigator().depth(), "the waking tap did not open the tile");
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        assertEquals(2, context.session().navigator().depth(), "the next tap does");
    }

    @Test
    void aVisitorAwayFromHomeIsNeverDimmed(FxRobot robot) {
        robot.clickOn("#" + Ids.TILE_EXPLAINERS);
        // busy reading: the clock beats, but each page turn is a touch
        for (int i = 0; i < 10; i++) {
            after(robot, Duration.ofSeconds(60));
            robot.interact(() -> ui.idleMonitor().activity());
        }
        assertFalse(ui.isAttractShowing());
        assertEquals(2, context.session().navigator().depth());
    }

    @Test
    void theHelpButtonAlsoWakesTheAttractScreen(FxRobot robot) {
        standIdleUntilDimmed(robot);
        help.pressed(java.time.Instant.parse("2026-11-28T08:00:00Z"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, AttractView.ATTRACT));
        assertTrue(visible(robot, HelpBannerView.BANNER));
    }
}
