package org.legalkiosk.hub.content;

import java.time.Instant;

/**
 * One content version the hub holds and publishes.
 *
 * @param keyId       the id of the county key that signed it
 * @param baseVersion the version a delta bundle was built on, or null for a full bundle
 * @param files       files in the version
 * @param contentBytes all files of the version together
 * @param bundleBytes the uploaded file
 */
public record BundleRow(
        long version,
        String channel,
        String label,
        String bundleId,
        String keyId,
        String manifestSha256,
        Long baseVersion,
        int files,
        long contentBytes,
        long bundleBytes,
        String minAppVersion,
        Instant created,
        String uploadedBy,
        Instant uploadedAt) {

    /** The version's size for people: KiB below a MiB (a text-only release is a few hundred KiB), else MiB. */
    public String sizeText() {
        return contentBytes < (1 << 20)
                ? Math.max(1, (contentBytes + 1023) / 1024) + " KiB"
                : String.format(java.util.Locale.ROOT, "%.1f MiB", contentBytes / (double) (1 << 20));
    }
}
