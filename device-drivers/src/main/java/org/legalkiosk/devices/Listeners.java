package org.legalkiosk.devices;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one kind that a driver tells about what it noticed (a status change, a press of the help button,
 * a person arriving): a listener that throws is logged and skipped, so one faulty observer cannot break a driver, and
 * a driver and its simulated twin tell their listeners the same way.
 *
 * @param <L> the listener interface
 */
public final class Listeners<L> {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final String deviceId;
    private final List<L> listeners = new CopyOnWriteArrayList<>();

    /** @param deviceId named in the log when a listener fails */
    public Listeners(String deviceId) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
    }

    public void add(L listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(L listener) {
        listeners.remove(listener);
    }

    /** Tells every listener, in the order they were added, on the calling thread. */
    public void fire(Consumer<? super L> event) {
        for (L listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("A listener of device {} failed", deviceId, e);
            }
        }
    }

    public void clear() {
        listeners.clear();
    }
}
