package org.legalkiosk.kiosk.service;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether someone stands in front of the kiosk, as the presence sensors say; the screen wakes from its attract
 * loop when a person arrives. Every sensor's change is passed on, so a second sensor seeing someone wakes the
 * screen even when the first one still (perhaps wrongly) sees a person; {@link #isPresent()} is true while any
 * sensor sees one. Listeners are told on the caller's (a sensor's) thread and must return quickly.
 */
public final class PresenceService {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceService.class);

    /** Told when a sensor sees a person arrive ({@code true}) or leave ({@code false}). */
    @FunctionalInterface
    public interface Listener {
        void presenceChanged(boolean present);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> seeing = new HashSet<>();

    /** Sensor {@code sensorId} now sees a person, or no longer does. */
    public void sensorChanged(String sensorId, boolean present) {
        Objects.requireNonNull(sensorId, "sensorId");
        synchronized (seeing) {
            if (present) {
                seeing.add(sensorId);
            } else {
                seeing.remove(sensorId);
            }
        }
        LOG.debug("Presence sensor {}: {}", sensorId, present ? "someone came" : "they left");
        for (Listener listener : listeners) {
            try {
                listener.presenceChanged(present);
            } catch (RuntimeException e) {
                LOG.warn("A presence listener failed", e);
            }
        }
    }

    public boolean isPresent() {
        synchronized (seeing) {
            return !seeing.isEmpty();
        }
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
