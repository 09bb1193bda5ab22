package org.legalkiosk.devices.gpio;

import java.time.Duration;

/** Runs a task again and again; separate so that tests step blinking by hand instead of waiting for it. */
@FunctionalInterface
public interface Ticker {

    /** Runs {@code tick} every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable tick);
}
