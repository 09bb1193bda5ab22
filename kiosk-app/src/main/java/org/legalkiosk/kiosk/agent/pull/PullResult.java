package org.legalkiosk.kiosk.agent.pull;

/**
 * How one check of the channel ended.
 *
 * @param version           the channel's newest version when it was read; null when it could not be
 * @param reason            for FAILED, a {@link org.legalkiosk.content.bundle.BundleException.Reason} name or {@code IO_ERROR}, or {@code BUSY} when another update was being applied
 * @param objectsDownloaded objects fetched over the network (the others were on the kiosk already)
 */
public record PullResult(
        Status status, Long version, String reason, String message, int objectsDownloaded, long bytesDownloaded) {

    public enum Status {
        UP_TO_DATE,
        APPLIED,
        FAILED
    }

    static PullResult failed(String reason, String message) {
        return new PullResult(Status.FAILED, null, reason, message, 0, 0);
    }
}
