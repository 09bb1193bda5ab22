package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.Listeners;
import org.legalkiosk.devices.TrackedDevice;

/** The help button's twin: {@link #press()} from the demo panel or a test, debounced like the real one. */
public final class SimulatedHelpButton extends TrackedDevice implements HelpButton {

    private final Debouncer debouncer;
    private final Listeners<HelpListener> listeners;

    public SimulatedHelpButton(String id) {
        this(id, Pi4jHelpButton.DEFAULT_DEBOUNCE, Clock.systemUTC());
    }

    public SimulatedHelpButton(String id, Duration debounce, Clock clock) {
        super(id, clock, InitialStatus.READY);
        this.debouncer = new Debouncer(clock, debounce);
        this.listeners = new Listeners<>(id);
    }

    public void press() {
        Instant when = debouncer.accept();
        if (when != null) {
            listeners.fire(listener -> listener.helpRequested(when));
        }
    }

    @Override
    public void addHelpListener(HelpListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeHelpListener(HelpListener listener) {
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
