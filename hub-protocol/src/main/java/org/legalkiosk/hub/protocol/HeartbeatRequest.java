package org.legalkiosk.hub.protocol;

import java.time.Instant;
import java.util.List;

/**
 * What a terminal reports every heartbeat. Counters are totals since the kiosk process started, not deltas, so a
 * lost reply or a repeated heartbeat never counts a help press twice.
 *
 * @param appVersion     the kiosk software's version
 * @param contentVersion the active content version, or null before any content is applied
 * @param devices        every configured device's state (at most {@link Limits#MAX_DEVICES})
 * @param helpPresses    help-button presses since the kiosk started
 * @param lastHelpAt     when the help button was last pressed, or null
 * @param syncBacklog    outbox events not yet delivered
 * @param diskFreeBytes  free space in the data directory, or null when unknown
 * @param uptimeSeconds  seconds since the kiosk process started
 */
public record HeartbeatRequest(String appVersion, Long contentVersion, List<DeviceReport> devices, int helpPresses,
                               Instant lastHelpAt, int syncBacklog, Long diskFreeBytes, long uptimeSeconds) {

    public HeartbeatRequest {
        appVersion = Limits.text("appVersion", appVersion, 64, true);
        if (contentVersion != null) {
            Limits.nonNegative("contentVersion", contentVersion);
        }
        devices = devices == null ? List.of() : List.copyOf(devices);
        if (devices.size() > Limits.MAX_DEVICES) {
            throw new IllegalArgumentException("devices holds more than " + Limits.MAX_DEVICES + " entries");
        }
        Limits.nonNegative("helpPresses", helpPresses);
        Limits.nonNegative("syncBacklog", syncBacklog);
        if (diskFreeBytes != null) {
            Limits.nonNegative("diskFreeBytes", diskFreeBytes);
        }
        Limits.nonNegative("uptimeSeconds", uptimeSeconds);
    }
}
