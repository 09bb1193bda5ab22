package org.legalkiosk.kiosk.app;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.kiosk.service.usage.DailyUsage;
import org.legalkiosk.kiosk.service.usage.DayCounts;
import org.legalkiosk.kiosk.service.usage.UsageOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the kiosk's usage counts into the outbox every hour and at shutdown, so they travel to the county with the
 * bookings. Without a booking store there is no outbox: the counts then show only in the agent's status.
 */
final class UsageReporting implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsageReporting.class);
    static final long FLUSH_MINUTES = 60;

    private final DailyUsage usage;
    private final Optional<UsageOutbox> outbox;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "usage-counts");
        t.setDaemon(true);
        return t;
    });

    UsageReporting(DailyUsage usage, Optional<UsageOutbox> outbox) {
        this.usage = usage;
        this.outbox = outbox;
    }

    static UsageReporting start(DailyUsage usage, Optional<UsageOutbox> outbox) {
        UsageReporting reporting = new UsageReporting(usage, outbox);
        if (outbox.isPresent()) {
            reporting.timer.scheduleWithFixedDelay(reporting::flush, FLUSH_MINUTES, FLUSH_MINUTES, TimeUnit.MINUTES);
        }
        return reporting;
    }

    /** Hands what was counted since the last flush to the outbox; what fails stays for the next flush. */
    void flush() {
        if (outbox.isEmpty()) {
            return;
        }
        for (DayCounts day : usage.drain()) {
            try {
                outbox.get().deliver(day);
            } catch (RuntimeException e) {
                usage.restore(day);
                LOG.warn("Usage counts of {} kept for the next try: {}", day.day(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        flush();
    }
}
