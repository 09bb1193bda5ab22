package org.legalkiosk.hub.protocol;

import java.util.Locale;
import java.util.Set;

/**
 * One device's state as the kiosk's device manager sees it.
 *
 * @param id     the device's id in {@code kiosk.yaml} (e.g. {@code receipt})
 * @param kind   what it is (e.g. {@code RECEIPT_PRINTER})
 * @param state  READY, BUSY, NEEDS_ATTENTION or DISCONNECTED
 * @param reason a short reason code when not ready (e.g. {@code paper-out}), or null
 */
public record DeviceReport(String id, String kind, String state, String reason) {

    public static final Set<String> STATES = Set.of("READY", "BUSY", "NEEDS_ATTENTION", "DISCONNECTED");

    public DeviceReport {
        id = Limits.text("devices[].id", id, 64, true);
        kind = Limits.text("devices[].kind", kind, 64, false);
        state = Limits.text("devices[].state", state, 32, true).toUpperCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("devices[].state must be one of " + STATES + ", not '" + state + "'");
        }
        reason = Limits.text("devices[].reason", reason, Limits.MAX_TEXT, false);
    }

    /** Whether someone should go and look: paper out, a reader unplugged. */
    public boolean needsAttention() {
        return state.equals("NEEDS_ATTENTION") || state.equals("DISCONNECTED");
    }
}
