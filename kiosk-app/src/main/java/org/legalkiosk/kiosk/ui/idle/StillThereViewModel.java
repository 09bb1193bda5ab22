package org.legalkiosk.kiosk.ui.idle;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The last chance before the idle reset wipes a visitor's half-finished work: "do you need more time?" with a
 * countdown. It keeps time on an injected clock and is asked on each beat of the idle clock, so tests drive it
 * with a fake clock instead of waiting.
 */
public final class StillThereViewModel {

    public static final Duration DEFAULT_WARNING = Duration.ofSeconds(20);

    private final LongSupplier nanoClock;
    private Duration warning;
    private long shownAt;
    private boolean showing;

    public StillThereViewModel(Duration warning, LongSupplier nanoClock) {
        setWarning(warning);
        this.nanoClock = nanoClock;
    }

    /** The timeout has passed: start counting down. */
    public void show() {
        showing = true;
        shownAt = nanoClock.getAsLong();
    }

    /** The visitor touched the screen: they are still here. */
    public void dismiss() {
        showing = false;
    }

    public boolean isShowing() {
        return showing;
    }

    /** Whole seconds left on the countdown, rounded up, so it reads 20 … 1 and never 0 while shown. */
    public int secondsLeft() {
        long left = warning.toNanos() - (nanoClock.getAsLong() - shownAt);
        return (int) Math.max(0, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Whether the countdown ran out with nobody touching the screen: time for the reset. */
    public boolean expired() {
        return showing && secondsLeft() == 0;
    }

    public void setWarning(Duration warning) {
        if (warning.isNegative() || warning.isZero()) {
            throw new IllegalArgumentException("the idle warning must last a positive time: " + warning);
        }
        this.warning = warning;
    }

    public Duration warning() {
        return warning;
    }
}
