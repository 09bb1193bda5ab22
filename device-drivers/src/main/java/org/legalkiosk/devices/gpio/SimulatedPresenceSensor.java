package org.legalkiosk.devices.gpio;

import java.time.Clock;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.Listeners;
import org.legalkiosk.devices.TrackedDevice;

/** The presence sensor's twin: {@link #personArrives()} and {@link #personLeaves()} from the demo panel or a test. */
public final class SimulatedPresenceSensor extends TrackedDevice implements PresenceSensor {

    private final Listeners<PresenceListener> listeners;
    private volatile boolean present;

    public SimulatedPresenceSensor(String id) {
        this(id, Clock.systemUTC());
    }

    public SimulatedPresenceSensor(String id, Clock clock) {
        super(id, clock, InitialStatus.READY);
        this.listeners = new Listeners<>(id);
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
        listeners.fire(listener -> listener.presenceChanged(now));
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
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
