package org.legalkiosk.content.bundle;

/**
 * Upper bounds checked before anything is unpacked, so a damaged or hostile bundle cannot fill the kiosk's
 * small SD card or memory. The defaults are far above real content (a few hundred KiB of explainers and images,
 * a few MiB of statute texts) and far below what would hurt a terminal.
 */
public record BundleLimits(long maxManifestBytes, int maxFiles, long maxFileBytes, long maxTotalBytes) {

    /** The signature file is a few hundred bytes of JSON. */
    public static final int MAX_SIGNATURE_BYTES = 4096;

    public static final BundleLimits DEFAULT = new BundleLimits(4L << 20, 20_000, 32L << 20, 512L << 20);

    public BundleLimits {
        if (maxManifestBytes <= 0 || maxFiles <= 0 || maxFileBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxTotalBytes > 0xFFFF_FFFFL || maxFiles > 0xFFFF - 2) {
            throw new IllegalArgumentException("the bundle format has no zip64: at most 4 GiB and 65533 files");
        }
    }

    /** The largest bundle file that can hold content within these limits (compression never expands by much). */
    long maxArchiveBytes() {
        long perEntryOverhead = 2L * (46 + 80) + 64;
        return maxManifestBytes
                + MAX_SIGNATURE_BYTES
                + maxTotalBytes
                + maxTotalBytes / 100
                + (maxFiles + 2L) * perEntryOverhead
                + 22;
    }
}
