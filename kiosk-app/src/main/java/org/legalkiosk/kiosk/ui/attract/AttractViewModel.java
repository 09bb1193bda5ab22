package org.legalkiosk.kiosk.ui.attract;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * When the kiosk dims into its attract screen: after it has stood idle on Home (the idle reset done, nobody
 * touching it) for {@link #DEFAULT_DELAY}. Any touch, or a person arriving in front of the presence sensor, wakes
 * it; a person who arrives and never touches it gets the attract screen back after the same delay. It keeps time
 * with the clock it is given and is asked once a second, so tests move the clock instead of waiting.
 */
public final class AttractViewModel {

    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(5);
    private static final long NOT_IDLE = Long.MIN_VALUE;

    private final LongSupplier nanoClock;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private Duration delay;
    private long idleOnHomeSince = NOT_IDLE;

    public AttractViewModel(Duration delay, LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        setDelay(delay);
    }

    /**
     * One beat of the screen's clock.
     *
     * @param idleOnHome whether the kiosk stands idle on Home with nothing open over it
     */
    public void tick(boolean idleOnHome) {
        if (showing.get()) {
            return;
        }
        if (!idleOnHome) {
            idleOnHomeSince = NOT_IDLE;
            return;
        }
        long now = nanoClock.getAsLong();
        if (idleOnHomeSince == NOT_IDLE) {
            idleOnHomeSince = now;
        } else if (now - idleOnHomeSince >= delay.toNanos()) {
            showing.set(true);
        }
    }

    /** A touch anywhere: someone is using the kiosk. */
    public void activity() {
        showing.set(false);
        idleOnHomeSince = NOT_IDLE;
    }

    /** Someone came in front of the kiosk: wake up, and wait the whole delay again before dimming. */
    public void personArrived() {
        showing.set(false);
        if (idleOnHomeSince != NOT_IDLE) {
            idleOnHomeSince = nanoClock.getAsLong();
        }
    }

    public void setDelay(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("attract delay must be positive: " + delay);
        }
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }

    public boolean isShowing() {
        return showing.get();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
