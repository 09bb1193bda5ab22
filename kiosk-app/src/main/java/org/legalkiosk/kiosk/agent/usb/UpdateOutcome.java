package org.legalkiosk.kiosk.agent.usb;

import java.time.Instant;

/**
 * How an update that did not come over the agent's API ended, for the screen.
 *
 * @param bundleName the file name on the stick, or the channel URL for a pull
 * @param version    the version now active; null when refused
 * @param reason     a {@link org.legalkiosk.content.bundle.BundleException.Reason} name or {@code IO_ERROR}; null on success
 * @param message    for an operator, in English
 */
public record UpdateOutcome(
        Source source,
        String bundleName,
        boolean ok,
        Long version,
        String label,
        String reason,
        String message,
        Instant time) {

    /** Where the bundle came from. */
    public enum Source {
        USB,
        PULL
    }

    public static UpdateOutcome applied(Source source, String bundleName, long version, String label, Instant time) {
        return new UpdateOutcome(
                source,
                bundleName,
                true,
                version,
                label,
                null,
                "content version " + version + " (" + label + ") is active",
                time);
    }

    public static UpdateOutcome refused(Source source, String bundleName, String reason, String message, Instant time) {
        return new UpdateOutcome(source, bundleName, false, null, null, reason, message, time);
    }
}
