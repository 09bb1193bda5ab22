package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Lets one press through per quiet interval: a bouncing contact or an impatient thumb asks for help once. */
final class Debouncer {

    private final Clock clock;
    private final Duration interval;
    private Instant last;

    Debouncer(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** The time of the press when it counts, null when it comes too soon after the last one that counted. */
    synchronized Instant accept() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.plus(interval))) {
            return null;
        }
        last = now;
        return now;
    }
}
