package org.legalkiosk.kiosk.ui.selfcheck;

import org.legalkiosk.kiosk.service.SelfCheckStatistics;
import org.legalkiosk.kiosk.ui.common.FxThread;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the self-check screens need beyond the {@link org.legalkiosk.kiosk.ui.common.ScreenContext}: where finished
 * checks are counted, where slow work (rendering, printing, counting) runs, and how its answer gets back to the
 * screen. Tests pass {@code Runnable::run} for both executors so everything happens before the call returns.
 */
public record SelfCheckServices(SelfCheckStatistics statistics, Executor background, Executor screen) {

    public SelfCheckServices {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(screen, "screen");
    }

    /**
     * Slow work on a short-lived daemon thread per task (a print job now and then needs no pool to close), answers
     * back on the JavaFX thread.
     */
    public static SelfCheckServices standard(SelfCheckStatistics statistics) {
        return new SelfCheckServices(statistics, task -> {
            Thread thread = new Thread(task, "self-check-work");
            thread.setDaemon(true);
            thread.start();
        }, FxThread::run);
    }
}
