package org.legalkiosk.hub.web;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping that runs while the server runs (purging personal data past its time): once at start, then every
 * {@code period}, on one daemon thread of its own; started and stopped with the server as one of its beans. A failed
 * run is logged and the next one tries again.
 */
public final class PeriodicTask extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration period;
    private final IntSupplier work;
    private ScheduledExecutorService executor;

    public PeriodicTask(String name, Duration period, IntSupplier work) {
        this.name = Objects.requireNonNull(name, "name");
        this.period = Objects.requireNonNull(period, "period");
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    protected void doStart() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, period.toSeconds(), TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            work.getAsInt();
        } catch (RuntimeException e) {
            LOG.warn("{} failed; it runs again in {}: {}", name, period, e.toString());
        }
    }

    @Override
    protected void doStop() {
        executor.shutdownNow();
    }
}
