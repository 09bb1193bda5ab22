package org.legalkiosk.kiosk.systemd;

import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Tells systemd the kiosk is ready once the scene's first frame has been laid out, then pats the watchdog from the
 * JavaFX thread at half the interval systemd asked for ({@code WATCHDOG_USEC}). A JavaFX thread stuck in a loop or
 * a deadlock stops the pats, and systemd restarts the kiosk ({@code WatchdogSec=} in the unit).
 */
public final class FxWatchdog {

    private final SdNotify notify;
    private Timeline pats;

    public FxWatchdog(SdNotify notify) {
        this.notify = notify;
    }

    /** Call on the JavaFX thread once the stage is shown. */
    public void start(Scene scene, Map<String, String> environment) {
        if (!notify.active()) {
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                notify.ready();
            }
        };
        scene.addPostLayoutPulseListener(once);
        patInterval(environment).ifPresent(every -> {
            pats = new Timeline(new KeyFrame(every, e -> notify.watchdog()));
            pats.setCycleCount(Animation.INDEFINITE);
            pats.play();
        });
    }

    public void stop() {
        if (pats != null) {
            pats.stop();
        }
        notify.stopping();
    }

    /**
     * Half the watchdog interval systemd gives in {@code WATCHDOG_USEC}. {@code WATCHDOG_PID} is not checked: on
     * a terminal it names cage, the service's main process, and the kiosk under it pats for the whole service
     * ({@code NotifyAccess=all}).
     */
    static Optional<Duration> patInterval(Map<String, String> environment) {
        String usec = environment.get("WATCHDOG_USEC");
        if (usec == null) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec.trim());
            return micros > 0 ? Optional.of(Duration.millis(micros / 2000.0)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
