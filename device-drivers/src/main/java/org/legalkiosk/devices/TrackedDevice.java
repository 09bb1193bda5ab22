package org.legalkiosk.devices;

import java.time.Clock;
import java.util.Objects;

/**
 * What a driver that keeps its status in a {@link DeviceStatusTracker} shares with every other such driver: its
 * id, the tracker, and the listeners registered on that tracker. A driver still says how it checks itself
 * ({@link #status()}) and what it releases ({@link #close()}): neither has a default here, so a driver that holds
 * a port, process or thread has to say so.
 */
public abstract class TrackedDevice implements Device {

    /** How a driver's status starts. */
    protected enum InitialStatus {
        /** A real device: unknown, so disconnected, until its first check. */
        NOT_CHECKED,
        /** A simulated twin: ready the moment it exists. */
        READY
    }

    private final String id;
    private final DeviceStatusTracker tracker;

    /**
     * Calls {@link #kind()} before the subclass is built, which is safe for the role interfaces' constant
     * defaults; a driver must not answer {@code kind()} from its own fields.
     */
    protected TrackedDevice(String id, Clock clock, InitialStatus initial) {
        this.id = Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clock, "clock");
        this.tracker = switch (Objects.requireNonNull(initial, "initial")) {
            case NOT_CHECKED -> DeviceStatusTracker.startingDisconnected(id, kind(), clock);
            case READY -> DeviceStatusTracker.startingReady(id, kind(), clock);
        };
    }

    @Override
    public final String id() {
        return id;
    }

    /** Where the driver records what it learns; listeners hear of changes from here. */
    protected final DeviceStatusTracker tracker() {
        return tracker;
    }

    @Override
    public final void addListener(DeviceListener listener) {
        tracker.addListener(listener);
    }

    @Override
    public final void removeListener(DeviceListener listener) {
        tracker.removeListener(listener);
    }
}
