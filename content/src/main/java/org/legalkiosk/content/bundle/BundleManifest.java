package org.legalkiosk.content.bundle;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a bundle promises: one complete content version. A delta bundle's manifest still lists every file of the
 * new version; it only carries fewer objects, and names the {@link #base()} it was built against.
 *
 * @param bundleId      unique id of this build, to tell two builds apart in logs and fleet reports
 * @param channel       the release channel, e.g. {@code stable} or {@code pilot}
 * @param version       strictly increasing from one release to the next; the kiosk refuses anything not newer
 * @param label         what people call the version, e.g. {@code 2026-12}
 * @param minAppVersion the oldest kiosk application that can show this content
 */
public record BundleManifest(
        int format,
        String bundleId,
        String channel,
        long version,
        String label,
        Instant created,
        String minAppVersion,
        Optional<BaseReference> base,
        List<ManifestEntry> files) {

    public static final int FORMAT = 1;

    public BundleManifest {
        files = List.copyOf(files);
    }

    public boolean isDelta() {
        return base.isPresent();
    }

    /** Distinct object hashes, in manifest order. */
    public Set<String> objectHashes() {
        Set<String> hashes = new LinkedHashSet<>();
        files.forEach(f -> hashes.add(f.sha256()));
        return hashes;
    }

    public long totalSize() {
        return files.stream().mapToLong(ManifestEntry::size).sum();
    }

    public Optional<ManifestEntry> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
