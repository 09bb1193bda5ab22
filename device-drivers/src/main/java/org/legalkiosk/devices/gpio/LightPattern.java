package org.legalkiosk.devices.gpio;

import java.time.Duration;

/** What the status light shows; a blinking pattern spends half its period on and half off. */
public enum LightPattern {
    OFF(Duration.ZERO),
    /** Steady on. */
    READY(Duration.ZERO),
    /** Slow blink: new content or software is being installed. */
    UPDATING(Duration.ofMillis(2000)),
    /** Fast blink: a device or the kiosk needs a person. */
    NEEDS_ATTENTION(Duration.ofMillis(400));

    private final Duration period;

    LightPattern(Duration period) {
        this.period = period;
    }

    public boolean blinks() {
        return !period.isZero();
    }

    /** Time between two changes of a blinking light. */
    public Duration halfPeriod() {
        return period.dividedBy(2);
    }
}
