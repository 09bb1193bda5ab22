package org.legalkiosk.booking.sync;

import java.time.Duration;

/** Waits out a backoff. Tests pass one that returns at once, so they never wait real backoff times. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
