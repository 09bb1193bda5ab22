package org.legalkiosk.kiosk.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The villager's "please help me" presses, from any help button, counted since the kiosk started. A worried
 * visitor presses again and again; presses within {@link #DEFAULT_DEBOUNCE} of the last counted one are the same
 * request, so staff are not told five times about one person. Listeners (the screen, the status light) are told of
 * each counted request on the caller's thread and must return quickly.
 */
public final class HelpRequests {

    private static final Logger LOG = LoggerFactory.getLogger(HelpRequests.class);
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(30);

    /** How many requests were counted and when the last one was; {@code last} is empty before the first. */
    public record Summary(int count, Optional<Instant> last) {}

    private final Duration debounce;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();
    private int count;
    private Instant last;

    public HelpRequests() {
        this(DEFAULT_DEBOUNCE);
    }

    public HelpRequests(Duration debounce) {
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        this.debounce = debounce;
    }

    /**
     * A press at {@code when}. Returns whether it counted as a new request: false when it came within the debounce
     * time after the last counted one (a press that seems to come before it, after a clock step, counts too).
     */
    public boolean pressed(Instant when) {
        Objects.requireNonNull(when, "when");
        synchronized (this) {
            if (last != null
                    && !when.isBefore(last)
                    && Duration.between(last, when).compareTo(debounce) < 0) {
                LOG.debug("Help button pressed again within {} s: same request", debounce.toSeconds());
                return false;
            }
            count++;
            last = when;
        }
        LOG.info("Help requested at the kiosk at {}", when);
        for (Consumer<Instant> listener : listeners) {
            try {
                listener.accept(when);
            } catch (RuntimeException e) {
                // one broken listener must not keep the others (or the staff) from hearing about it
                LOG.warn("A help request listener failed", e);
            }
        }
        return true;
    }

    public synchronized Summary summary() {
        return new Summary(count, Optional.ofNullable(last));
    }

    public void addListener(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Instant> listener) {
        listeners.remove(listener);
    }
}
