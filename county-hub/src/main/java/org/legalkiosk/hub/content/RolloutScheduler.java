package org.legalkiosk.hub.content;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.hub.db.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies scheduled rollouts when they fall due: every {@link #PERIOD_SECONDS} seconds it asks the store for due
 * rows, so a rollout starts at most that late. Several hubs on one database are safe: the store takes each due row
 * with {@code FOR UPDATE SKIP LOCKED} and marks it applied in the same transaction.
 */
public final class RolloutScheduler implements AutoCloseable {

    static final int PERIOD_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(RolloutScheduler.class);

    private final ScheduledExecutorService timer;

    private RolloutScheduler(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static RolloutScheduler start(RolloutStore rollouts, Clock clock) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rollout-scheduler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        rollouts.applyDue(clock.instant());
                    } catch (DataAccessException | IllegalArgumentException e) {
                        // The next round tries again; a database outage must not end the timer.
                        LOG.warn("Scheduled rollouts not applied this round: {}", e.getMessage());
                    }
                },
                1,
                PERIOD_SECONDS,
                TimeUnit.SECONDS);
        return new RolloutScheduler(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
