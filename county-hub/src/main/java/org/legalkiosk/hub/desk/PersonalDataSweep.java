package org.legalkiosk.hub.desk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DeskBookings#purgePersonal} at start and every hour on one daemon thread, so names and phones leave the
 * hub on time without anyone remembering to. A failed run (the database away) is logged and tried again next hour.
 */
public final class PersonalDataSweep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataSweep.class);

    private final ScheduledExecutorService timer;

    private PersonalDataSweep(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static PersonalDataSweep start(DeskBookings desk) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "desk-personal-data-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        int erased = desk.purgePersonal();
                        if (erased > 0) {
                            LOG.info("Erased the names and phones of {} bookings past retention", erased);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Erasing names and phones past retention failed; next try in an hour", e);
                    }
                },
                0,
                1,
                TimeUnit.HOURS);
        return new PersonalDataSweep(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
