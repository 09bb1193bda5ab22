package org.legalkiosk.devices;

import java.time.Clock;
import java.util.Objects;

/**
 * A device's current status for drivers to hold: keeps the moment a condition began (so {@code since} does
 * not move while nothing changes) and tells listeners only when the state or reason actually changes.
 */
public final class DeviceStatusTracker {

    private final String deviceId;
    private final DeviceKind kind;
    private final Clock clock;
    private final DeviceListeners listeners = new DeviceListeners();
    private DeviceStatus current;

    public DeviceStatusTracker(String deviceId, DeviceKind kind, Clock clock, DeviceStatus initial) {
        this.deviceId = Objects.requireNonNull(deviceId);
        this.kind = Objects.requireNonNull(kind);
        this.clock = Objects.requireNonNull(clock);
        this.current = Objects.requireNonNull(initial);
    }

    public static DeviceStatusTracker startingDisconnected(String deviceId, DeviceKind kind, Clock clock) {
        return new DeviceStatusTracker(
                deviceId,
                kind,
                clock,
                DeviceStatus.disconnected(deviceId, kind, "not-checked", "Not checked yet", clock.instant()));
    }

    /** For a simulated twin, which has nothing to check before it can work. */
    public static DeviceStatusTracker startingReady(String deviceId, DeviceKind kind, Clock clock) {
        return new DeviceStatusTracker(deviceId, kind, clock, DeviceStatus.ready(deviceId, kind, clock.instant()));
    }

    public synchronized DeviceStatus current() {
        return current;
    }

    public void ready() {
        update(DeviceState.READY, "", "");
    }

    public void busy() {
        update(DeviceState.BUSY, "", "");
    }

    public void needsAttention(String reason, String description) {
        update(DeviceState.NEEDS_ATTENTION, reason, description);
    }

    public void disconnected(String reason, String description) {
        update(DeviceState.DISCONNECTED, reason, description);
    }

    /** Sets the status and returns it; listeners hear of it only if state or reason changed. */
    public DeviceStatus update(DeviceState state, String reason, String description) {
        DeviceStatus changed;
        DeviceStatus result;
        synchronized (this) {
            DeviceStatus candidate = new DeviceStatus(deviceId, kind, state, reason, description, clock.instant());
            if (candidate.sameConditionAs(current)) {
                current = new DeviceStatus(deviceId, kind, state, reason, description, current.since());
                return current;
            }
            current = candidate;
            changed = candidate;
            result = candidate;
        }
        listeners.fire(changed);
        return result;
    }

    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }
}
