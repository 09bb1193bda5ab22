package org.legalkiosk.devices.gpio;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalkiosk.devices.DeviceStatus;

/** The presence sensor's twin: {@link #personArrives()} and {@link #personLeaves()} from the demo panel or a test. */
public final class SimulatedPresenceSensor implements PresenceSensor {

    private final String id;
    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();
    private final Instant since = Instant.now();
    private volatile boolean present;

    public SimulatedPresenceSensor(String id) {
        this.id = id;
    }

    public void personArrives() {
        change(true);
    }

    public void personLeaves() {
        change(false);
    }

    private synchronized void change(boolean now) {
        if (present == now) {
            return;
        }
        present = now;
        listeners.forEach(listener -> listener.presenceChanged(now));
    }

    @Override
    public boolean isPresent() {
        return present;
    }

    @Override
    public void addPresenceListener(PresenceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removePresenceListener(PresenceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.ready(id, kind(), since);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
