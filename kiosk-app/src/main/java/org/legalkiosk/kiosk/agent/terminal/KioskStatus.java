package org.legalkiosk.kiosk.agent.terminal;

import java.time.Instant;
import java.util.List;

import org.legalkiosk.kiosk.store.ContentAdmin;

/**
 * What {@code GET /api/v1/status} reports: enough for a county admin to tell a sick terminal from a healthy one.
 * {@code helpRequests} counts the villagers' help-button requests since the kiosk started; {@code lastHelpRequest} is
 * the last one's time (ISO-8601), null before the first. {@code usageToday} holds today's anonymous usage counts.
 */
public record KioskStatus(
        String appVersion,
        ContentInfo content,
        long uptimeSeconds,
        Disk disk,
        Memory memory,
        List<Device> devices,
        int pendingBookingSync,
        ContentAdmin.UpdateResult lastUpdate,
        int helpRequests,
        String lastHelpRequest,
        Usage usageToday) {

    /**
     * The active content version; {@code version} is null when none is installed (the bundled sample shows).
     * {@code pin} is an administrator's rollback holding the kiosk on this version, null when there is none.
     */
    public record ContentInfo(Long version, String label, String channel, ContentAdmin.Pin pin) {
        public ContentInfo(Long version, String label, String channel) {
            this(version, label, channel, null);
        }
    }

    public record Disk(long freeBytes, long totalBytes) {}

    public record Memory(long heapUsedBytes, long heapMaxBytes) {}

    /** One device as the device layer reports it, e.g. {@code receipt-printer}, {@code PAPER_OUT}. */
    public record Device(String name, String state, String detail) {}

    /** Help requests so far: how many, and when the last came (null before the first). */
    public record HelpTally(int count, Instant last) {

        public static final HelpTally NONE = new HelpTally(0, null);
    }

    /**
     * Today's counts: explainers and categories viewed, 有用 / 没解决 taps after explainers and bookings, searches
     * that found nothing or were abandoned. Per kind, then per explainer or category id ({@code ""} for one total).
     */
    public record Usage(String day, java.util.Map<String, java.util.Map<String, Integer>> counts) {

        public static final Usage NONE = new Usage(null, java.util.Map.of());
    }

    public KioskStatus {
        devices = List.copyOf(devices);
    }
}
