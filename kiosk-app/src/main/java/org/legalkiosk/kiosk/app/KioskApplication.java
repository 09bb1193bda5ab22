package org.legalkiosk.kiosk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.systemd.FxWatchdog;
import org.legalkiosk.kiosk.systemd.SdNotify;
import org.legalkiosk.kiosk.ui.common.FxThread;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * The JavaFX entry point. JavaFX creates this class itself, so the launcher hands it the runtime through
 * {@link #prepare(KioskRuntime)} before launch.
 */
public final class KioskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    private static volatile KioskRuntime runtime;

    private KioskUi ui;
    private final FxWatchdog watchdog = new FxWatchdog(SdNotify.fromEnvironment());

    static void prepare(KioskRuntime prepared) {
        runtime = prepared;
    }

    @Override
    public void start(Stage stage) {
        KioskRuntime rt = Objects.requireNonNull(runtime, "KioskApplication.prepare() was not called");
        KioskSession session = new KioskSession(rt.config().defaultLanguage());
        ui = new KioskUi(new ScreenContext(rt.content(), rt.notices(), session, rt.clock(), rt.residents(),
                rt.input(), rt.usage()), rt.speech(),
                rt.config().idleTimeout(), System::nanoTime);
        DemoPanelFeed demo = rt.demoPanel();
        ui.enableDemoDevices(demo.controls(), demo.states(), demo.lastBookingCode());
        ui.listenTo(rt.help(), rt.presence());
        ui.setAttractDelay(rt.attractDelay());
        ui.setIdleWarning(rt.visitor().idleWarning());
        ui.setReviewAfterDays(rt.visitor().reviewAfterDaysOrDefault());
        ui.enableTechnician(rt.technician(), rt.technicianConsole(), System::nanoTime);
        Scene scene = new Scene(ui.root(), rt.config().windowWidth(), rt.config().windowHeight());
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
        stage.show();
        // Under systemd (a terminal): READY after the first frame, then the watchdog patted from this thread.
        watchdog.start(scene, System.getenv());
        ui.startIdleTimer();
        KioskUi shown = ui;
        rt.updates().attach(outcome -> FxThread.run(() -> shown.showUpdateResult(outcome.ok(),
                outcome.version() == null ? "" : String.valueOf(outcome.version()),
                outcome.reason() == null ? "" : outcome.reason())));
        rt.settings().subscribe(s -> FxThread.run(() -> shown.applySettings(
                s.idleTimeoutSeconds() == null ? rt.config().idleTimeout() : Duration.ofSeconds(s.idleTimeoutSeconds()),
                s.defaultLanguage() == null ? rt.config().defaultLanguage()
                        : Language.fromCode(s.defaultLanguage()).orElse(rt.config().defaultLanguage()))));
        LOG.info("Kiosk started ({}{}), idle timeout {} s", rt.config().demo() ? "demo" : "production",
                rt.config().headless() ? ", headless" : "", rt.config().idleTimeout().toSeconds());
    }

    @Override
    public void stop() {
        watchdog.stop();
        if (ui != null) {
            ui.stopIdleTimer();
            ui.stopListening();
        }
        runtime.speech().close();
        LOG.info("Kiosk stopped");
    }
}
