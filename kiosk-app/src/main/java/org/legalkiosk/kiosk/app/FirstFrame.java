package org.legalkiosk.kiosk.app;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the moment the kiosk's first frame is laid out, with the time since the process started: what a villager
 * waits for after a power cut, and what {@code legalkiosk bench} measures start-up by (the line {@link #MESSAGE}).
 */
public final class FirstFrame {

    /** The start of the log line; the start-up benchmark waits for it. */
    public static final String MESSAGE = "First frame shown";

    private static final Logger LOG = LoggerFactory.getLogger(FirstFrame.class);

    private FirstFrame() {}

    /** Call on the JavaFX thread before the stage is shown. */
    static void logWhenShown(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long ms = ProcessHandle.current()
                        .info()
                        .startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis())
                        .orElse(-1L);
                LOG.info("{} {} ms after the process started", MESSAGE, ms);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
