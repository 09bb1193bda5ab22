package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalkiosk.devices.DeviceStatus;

/** The help button's twin: {@link #press()} from the demo panel or a test, debounced like the real one. */
public final class SimulatedHelpButton implements HelpButton {

    private final String id;
    private final Debouncer debouncer;
    private final List<HelpListener> listeners = new CopyOnWriteArrayList<>();
    private final Instant since;

    public SimulatedHelpButton(String id) {
        this(id, Pi4jHelpButton.DEFAULT_DEBOUNCE, Clock.systemUTC());
    }

    public SimulatedHelpButton(String id, Duration debounce, Clock clock) {
        this.id = id;
        this.debouncer = new Debouncer(clock, debounce);
        this.since = clock.instant();
    }

    public void press() {
        Instant when = debouncer.accept();
        if (when != null) {
            listeners.forEach(listener -> listener.helpRequested(when));
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
