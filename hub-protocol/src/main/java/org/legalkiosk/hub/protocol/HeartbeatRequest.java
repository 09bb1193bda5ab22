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
 * @param pin            the content pin an explicit rollback set, or null when not pinned (or an older kiosk)
 * @param audit          the head of the kiosk's audit log, or null when not known (or an older kiosk)
 * @param schedule       the hub schedule the terminal holds, or null (an older kiosk, or one without bookings)
 * @param decisionAcks   the {@code seq} of every office decision the terminal has dealt with (applied, found already
 *                       applied, or dropped for a purged booking) since the hub last answered, at most
 *                       {@link Limits#MAX_DECISION_ACKS}; null from a kiosk that takes no decisions (an older one, or
 *                       one without bookings), which the hub then sends none (docs/decisions/0056)
 */
public record HeartbeatRequest(
        String appVersion,
        Long contentVersion,
        List<DeviceReport> devices,
        int helpPresses,
        Instant lastHelpAt,
        int syncBacklog,
        Long diskFreeBytes,
        long uptimeSeconds,
        ContentPin pin,
        AuditHead audit,
        ScheduleReport schedule,
        List<Long> decisionAcks) {

    /** A heartbeat that takes no decisions, as kiosks before them sent. */
    public HeartbeatRequest(
            String appVersion,
            Long contentVersion,
            List<DeviceReport> devices,
            int helpPresses,
            Instant lastHelpAt,
            int syncBacklog,
            Long diskFreeBytes,
            long uptimeSeconds,
            ContentPin pin,
            AuditHead audit,
            ScheduleReport schedule) {
        this(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                pin,
                audit,
                schedule,
                null);
    }

    /** A heartbeat without a schedule report, as kiosks before it sent. */
    public HeartbeatRequest(
            String appVersion,
            Long contentVersion,
            List<DeviceReport> devices,
            int helpPresses,
            Instant lastHelpAt,
            int syncBacklog,
            Long diskFreeBytes,
            long uptimeSeconds,
            ContentPin pin,
            AuditHead audit) {
        this(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                pin,
                audit,
                null,
                null);
    }

    /** A heartbeat without pin and audit head, as kiosks before them sent it. */
    public HeartbeatRequest(
            String appVersion,
            Long contentVersion,
            List<DeviceReport> devices,
            int helpPresses,
            Instant lastHelpAt,
            int syncBacklog,
            Long diskFreeBytes,
            long uptimeSeconds) {
        this(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                null,
                null);
    }

    /** This heartbeat with {@code audit} as its audit head. */
    public HeartbeatRequest withAudit(AuditHead audit) {
        return new HeartbeatRequest(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                pin,
                audit,
                schedule,
                decisionAcks);
    }

    /** This heartbeat with {@code schedule} as its schedule report. */
    public HeartbeatRequest withSchedule(ScheduleReport schedule) {
        return new HeartbeatRequest(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                pin,
                audit,
                schedule,
                decisionAcks);
    }

    /**
     * This heartbeat with {@code decisionAcks} as the decisions dealt with: an empty list says "I take decisions,
     * none to acknowledge", null that the terminal takes none.
     */
    public HeartbeatRequest withDecisionAcks(List<Long> decisionAcks) {
        return new HeartbeatRequest(
                appVersion,
                contentVersion,
                devices,
                helpPresses,
                lastHelpAt,
                syncBacklog,
                diskFreeBytes,
                uptimeSeconds,
                pin,
                audit,
                schedule,
                decisionAcks);
    }

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
        if (decisionAcks != null) {
            decisionAcks = List.copyOf(decisionAcks);
            if (decisionAcks.size() > Limits.MAX_DECISION_ACKS) {
                throw new IllegalArgumentException(
                        "decisionAcks holds more than " + Limits.MAX_DECISION_ACKS + " entries");
            }
            for (Long seq : decisionAcks) {
                if (seq < 1) {
                    throw new IllegalArgumentException("decisionAcks holds " + seq + ", not a decision's seq");
                }
            }
        }
    }
}
