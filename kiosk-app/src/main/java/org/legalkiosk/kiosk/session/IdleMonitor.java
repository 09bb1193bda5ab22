package org.legalkiosk.kiosk.session;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Decides when a visitor has walked away: no touch for the configured time. It only keeps time; the caller
 * feeds it activity and asks it regularly, so tests can drive it with a fake clock instead of waiting.
 */
public final class IdleMonitor {

    private Duration timeout;
    private final LongSupplier nanoClock;
    private final Runnable onIdle;
    private long lastActivity;
    private boolean fired;

    public IdleMonitor(Duration timeout, LongSupplier nanoClock, Runnable onIdle) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.onIdle = Objects.requireNonNull(onIdle);
        this.lastActivity = nanoClock.getAsLong();
    }

    /** A touch, a tap or a key: the visitor is still here. */
    public void activity() {
        lastActivity = nanoClock.getAsLong();
        fired = false;
    }

    /** Fires the idle action once per idle period, when the timeout has passed since the last activity. */
    public void check() {
        if (!fired && nanoClock.getAsLong() - lastActivity >= timeout.toNanos()) {
            fired = true;
            onIdle.run();
        }
    }

    /** Whether the visitor has gone: the timeout fired and nobody has touched the screen since. */
    public boolean isIdle() {
        return fired;
    }

    /** A new timeout (an admin changed the setting); counts from the last activity as before. */
    public void setTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
