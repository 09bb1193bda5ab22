package org.legalkiosk.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * One device's state at a moment.
 *
 * @param deviceId    the configured id, e.g. {@code receipt}
 * @param kind        the role the device plays
 * @param state       the state
 * @param reason      a short stable code for machines and translations, e.g. {@code paper-out},
 *                    {@code cover-open}, {@code unreachable}; empty when there is nothing to say
 * @param description a plain sentence for an admin (never personal data); empty when there is nothing to say
 * @param since       when the device entered this state and reason
 */
public record DeviceStatus(
        String deviceId, DeviceKind kind, DeviceState state, String reason, String description, Instant since) {

    public DeviceStatus {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
        description = description == null ? "" : description;
        Objects.requireNonNull(since, "since");
    }

    public static DeviceStatus ready(String deviceId, DeviceKind kind, Instant since) {
        return new DeviceStatus(deviceId, kind, DeviceState.READY, "", "", since);
    }

    public static DeviceStatus busy(String deviceId, DeviceKind kind, Instant since) {
        return new DeviceStatus(deviceId, kind, DeviceState.BUSY, "", "", since);
    }

    public static DeviceStatus needsAttention(
            String deviceId, DeviceKind kind, String reason, String description, Instant since) {
        return new DeviceStatus(deviceId, kind, DeviceState.NEEDS_ATTENTION, reason, description, since);
    }

    public static DeviceStatus disconnected(
            String deviceId, DeviceKind kind, String reason, String description, Instant since) {
        return new DeviceStatus(deviceId, kind, DeviceState.DISCONNECTED, reason, description, since);
    }

    /** True when both say the same thing about the device, whenever they were taken. */
    public boolean sameConditionAs(DeviceStatus other) {
        return other != null
                && deviceId.equals(other.deviceId)
                && kind == other.kind
                && state == other.state
                && reason.equals(other.reason);
    }

    public DeviceStatus withSince(Instant newSince) {
        return new DeviceStatus(deviceId, kind, state, reason, description, newSince);
    }

    public boolean isReady() {
        return state == DeviceState.READY;
    }
}
