package org.legalkiosk.kiosk.app;

import java.time.Duration;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.display.CurtainDisplayPower;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.systemd.FxWatchdog;
import org.legalkiosk.kiosk.systemd.SdNotify;
import org.legalkiosk.kiosk.ui.common.FxThread;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.legalkiosk.kiosk.ui.display.NightCurtain;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.legalkiosk.kiosk.ui.shell.ScreenFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX entry point. JavaFX creates this class itself, so the launcher hands it the runtime through
 * {@link #prepare(KioskRuntime)} before launch.
 */
public final class KioskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    private static volatile KioskRuntime runtime;

    private KioskUi ui;
    /** The screens' one worker thread, stopped with the kiosk. */
    private final ScreenTasks tasks = ScreenTasks.worker();

    private final FxWatchdog watchdog = new FxWatchdog(SdNotify.fromEnvironment());

    static void prepare(KioskRuntime prepared) {
        runtime = prepared;
    }

    @Override
    public void start(Stage stage) {
        KioskRuntime rt = Objects.requireNonNull(runtime, "KioskApplication.prepare() was not called");
        KioskSession session = new KioskSession(rt.config().defaultLanguage());
        // A route without a screen is a bug: the demo (the developer's build) fails loudly, a terminal shows Home.
        ui = new KioskUi(
                new ScreenContext(
                        rt.content(), rt.notices(), session, rt.clock(), rt.residents(), rt.input(), rt.usage(), tasks),
                rt.speech(),
                rt.config().idleTimeout(),
                System::nanoTime,
                rt.config().demo() ? ScreenFactory.UnknownRoutes.FAIL : ScreenFactory.UnknownRoutes.LOG_AND_HOME);
        DemoPanelFeed demo = rt.demoPanel();
        ui.enableDemoDevices(demo.controls(), demo.states(), demo.lastBookingCode());
        ui.listenTo(rt.help(), rt.presence());
        ui.setAttractDelay(rt.attractDelay());
        ui.setIdleWarning(rt.visitor().idleWarning());
        ui.setReviewAfterDays(rt.visitor().reviewAfterDaysOrDefault());
        ui.enableTechnician(rt.technician(), rt.technicianConsole(), System::nanoTime);
        if (rt.display().power() instanceof CurtainDisplayPower curtainPower) {
            NightCurtain curtain = new NightCurtain();
            ui.addTopLayer(curtain.node());
            curtainPower.attach(curtain);
        }
        Scene scene =
                new Scene(ui.root(), rt.config().windowWidth(), rt.config().windowHeight());
        // Every touch or key keeps the screen lit at night, and lights it when dark.
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED)) {
            scene.addEventFilter(type, e -> rt.display().activity());
        }
        stage.setScene(scene);
        rt.screen().attach(scene);
        stage.setTitle("Legal Kiosk");
        if (rt.config().fullscreen()) {
            // Kiosk mode: nothing on screen lets a visitor leave the kiosk.
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            // Without a window manager (a bare X session) full screen alone leaves a smaller window in a black
            // frame: cover the whole screen with the stage itself as well.
            Rectangle2D bounds = Screen.getPrimary().getBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            // Touch only: no pointer over the kiosk, even when cage shows one because some input device (the
            // Raspberry Pi's HDMI-CEC node, a touchscreen that also registers as a mouse) claims to be a pointer.
            scene.setCursor(Cursor.NONE);
        }
        if (rt.config().headless()) {
            Platform.setImplicitExit(false);
        }
        FirstFrame.logWhenShown(scene);
        stage.show();
        // Under systemd (a terminal): READY after the first frame, then the watchdog patted from this thread.
        watchdog.start(scene, System.getenv());
        ui.startIdleTimer();
        KioskUi shown = ui;
        rt.updates()
                .attach(outcome -> FxThread.run(() -> shown.showUpdateResult(
                        outcome.ok(),
                        outcome.version() == null ? "" : String.valueOf(outcome.version()),
                        outcome.reason() == null ? "" : outcome.reason())));
        rt.settings()
                .subscribe(s -> FxThread.run(() -> shown.applySettings(
                        s.idleTimeoutSeconds() == null
                                ? rt.config().idleTimeout()
                                : Duration.ofSeconds(s.idleTimeoutSeconds()),
                        s.defaultLanguage() == null
                                ? rt.config().defaultLanguage()
                                : Language.fromCode(s.defaultLanguage())
                                        .orElse(rt.config().defaultLanguage()))));
        LOG.info(
                "Kiosk started ({}{}), idle timeout {} s",
                rt.config().demo() ? "demo" : "production",
                rt.config().headless() ? ", headless" : "",
                rt.config().idleTimeout().toSeconds());
    }

    @Override
    public void stop() {
        watchdog.stop();
        if (ui != null) {
            ui.stopIdleTimer();
            ui.stopListening();
        }
        tasks.close();
        runtime.speech().close();
        LOG.info("Kiosk stopped");
    }
}
