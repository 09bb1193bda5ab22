package org.legalkiosk.kiosk.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxWatchdogTest {

    /** What reached libsystemd, and on which thread. */
    private record Call(String state, boolean onFxThread) {}

    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final SdNotify notify = new SdNotify((unset, state) -> {
        calls.add(new Call(state, Platform.isFxApplicationThread()));
        return 1;
    });
    private final FxWatchdog watchdog = new FxWatchdog(notify);

    @Test
    void readyFollowsTheFirstFrameAndThePatsComeFromTheFxThread() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(new Label("kiosk"), 200, 100);
            stage.setScene(scene);
            stage.show();
            watchdog.start(scene, Map.of("WATCHDOG_USEC", "200000"));
        });
        try {
            Call ready = calls.poll(60, TimeUnit.SECONDS);
            assertEquals(new Call("READY=1\nSTATUS=Showing the kiosk", true), ready);
            for (int i = 0; i < 2; i++) {
                assertEquals(new Call("WATCHDOG=1", true), calls.poll(60, TimeUnit.SECONDS));
            }
            assertTrue(calls.stream().noneMatch(c -> c.state().startsWith("READY")), "READY once");
        } finally {
            FxToolkit.setupFixture(watchdog::stop);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void thePatIntervalIsHalfWhatSystemdAsks() {
        assertEquals(
                Optional.of(javafx.util.Duration.seconds(15)),
                FxWatchdog.patInterval(Map.of("WATCHDOG_USEC", "30000000")));
        assertEquals(Optional.empty(), FxWatchdog.patInterval(Map.of()));
        assertEquals(Optional.empty(), FxWatchdog.patInterval(Map.of("WATCHDOG_USEC", "soon")));
        assertEquals(Optional.empty(), FxWatchdog.patInterval(Map.of("WATCHDOG_USEC", "0")));
    }
}
