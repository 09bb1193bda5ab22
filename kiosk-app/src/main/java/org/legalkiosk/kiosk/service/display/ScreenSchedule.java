package org.legalkiosk.kiosk.service.display;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.kiosk.config.DisplaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code display:} schedule of kiosk.yaml: during the awake hours the screen stays on whatever
 * happens; outside them it goes dark once nobody has touched it (or walked up to it) for the night wait
 * ({@code display: nightIdleMinutes}, {@link DisplaySettings#DEFAULT_NIGHT_IDLE} when not set),
 * and a touch or the presence sensor lights it again. Without a {@code display:} section the screen is always on.
 * It only keeps time: {@link #check()} decides, on the schedule's own thread every {@link #CHECK_EVERY} once
 * started, so tests drive it with a fake clock; {@link DisplayPower} is told only when the state changes.
 */
public final class ScreenSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenSchedule.class);

    /** The night wait when kiosk.yaml sets none. */
    public static final Duration NIGHT_IDLE = DisplaySettings.DEFAULT_NIGHT_IDLE;

    static final Duration CHECK_EVERY = Duration.ofSeconds(15);

    private final Optional<DisplaySettings> hours;
    private final DisplayPower power;
    private final Clock clock;
    private final Duration nightIdle;
    private Instant lastActivity;
    /** What the power was last told; null before the first check, so the first check always says it. */
    private Boolean on;

    /** Volatile: {@link #activity()} reads it outside the lock, so a touch never waits for a running check. */
    private volatile ScheduledExecutorService thread;

    /** @param hours the validated {@code display:} section, or empty for a screen that is always on */
    public ScreenSchedule(Optional<DisplaySettings> hours, DisplayPower power, Clock clock) {
        this.hours = Objects.requireNonNull(hours);
        this.power = Objects.requireNonNull(power);
        this.clock = Objects.requireNonNull(clock);
        hours.flatMap(DisplaySettings::problem).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.nightIdle = hours.map(DisplaySettings::nightIdle).orElse(NIGHT_IDLE);
        this.lastActivity = clock.instant();
    }

    /** A touch, a key or a person at the sensor: lights a dark screen (at once when started) and restarts the wait. */
    public void activity() {
        boolean wake;
        synchronized (this) {
            lastActivity = clock.instant();
            wake = Boolean.FALSE.equals(on);
        }
        if (wake) {
            ScheduledExecutorService t = thread;
            if (t != null) {
                t.execute(this::check);
            }
        }
    }

    /** Tells the power what the screen should be now, if that changed. */
    public synchronized void check() {
        boolean wanted =
                awakeHours() || Duration.between(lastActivity, clock.instant()).compareTo(nightIdle) < 0;
        if (on != null && on == wanted) {
            return;
        }
        on = wanted;
        if (wanted) {
            power.on();
        } else {
            LOG.info(
                    "Screen off for the night ({}): no touch for {} min outside {}",
                    power.mechanism(),
                    nightIdle.toMinutes(),
                    hours.map(h -> h.awakeFrom() + "–" + h.awakeUntil()).orElse(""));
            power.off();
        }
    }

    /** Whether the awake hours cover this moment: the screen may not blank now. */
    public boolean awakeHours() {
        return hours.map(h -> h.awakeAt(LocalTime.now(clock))).orElse(true);
    }

    /** Whether the screen was last set on (true before the first check). */
    public synchronized boolean isOn() {
        return on == null || on;
    }

    public String mechanism() {
        return power.mechanism();
    }

    /** The power this schedule drives; the screen attaches its curtain when that is how it blanks. */
    public DisplayPower power() {
        return power;
    }

    /** Checks now and then every {@link #CHECK_EVERY} on a thread of its own. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "screen-schedule");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::checkLogged, 0, CHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
        LOG.info(
                "Screen schedule: {} ({})",
                hours.map(h -> "awake " + h.awakeFrom() + "–" + h.awakeUntil() + ", dark after " + nightIdle.toMinutes()
                                + " min without a touch outside those hours")
                        .orElse("always on (no display: in kiosk.yaml)"),
                power.mechanism());
    }

    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            // One failed change must not end the schedule's thread: the next check tries again.
            LOG.warn("Screen schedule check failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
