package org.legalkiosk.content.store;

import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNKNOWN_VERSION;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.ManifestEntry;
import org.legalkiosk.content.bundle.ManifestJson;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.source.PathParts;

/**
 * {@code versions/<N>/}: one folder per version, holding the content tree, the signed manifest it came from
 * ({@code .bundle/manifest.json}, {@code .bundle/manifest.sig}) and, written last, the completion marker
 * {@code .complete}. A folder without the marker is a leftover of an interrupted apply.
 */
final class VersionFolders {

    static final String META_DIR = ".bundle";
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String MARKER = ".complete";

    private final Path dir;

    VersionFolders(Path dir) {
        this.dir = dir;
    }

    Path folder(long version) {
        return dir.resolve(Long.toString(version));
    }

    Path staging(long version) {
        return dir.resolve(Durable.tempName(Long.toString(version)));
    }

    /** Version numbers of folders that carry the completion marker, ascending. */
    List<Long> complete() throws IOException {
        List<Long> versions = new ArrayList<>();
        for (Path p : numbered()) {
            long v = Long.parseLong(PathParts.fileName(p));
            if (isComplete(v)) {
                versions.add(v);
            }
        }
        versions.sort(Comparator.naturalOrder());
        return versions;
    }

    /** Numbered folders without a valid marker: interrupted applies or deletions. */
    List<Path> incomplete() throws IOException {
        List<Path> broken = new ArrayList<>();
        for (Path p : numbered()) {
            if (!isComplete(Long.parseLong(PathParts.fileName(p)))) {
                broken.add(p);
            }
        }
        return broken;
    }

    boolean isComplete(long version) {
        Path marker = folder(version).resolve(MARKER);
        try {
            return Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.US_ASCII).startsWith("version " + version + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the signed manifest beside the content, so the version can be re-verified and diffed later. */
    static void writeMeta(Path staged, byte[] manifestBytes, byte[] signatureBytes) throws IOException {
        Path meta = Files.createDirectories(staged.resolve(META_DIR));
        Files.write(meta.resolve(MANIFEST), manifestBytes);
        Files.write(meta.resolve(SIGNATURE), signatureBytes);
    }

    /**
     * Syncs everything in the staged folder (every folder, and every file but those in {@code durable}, links to
     * objects already synced), then writes and syncs the marker: the version is now complete.
     */
    static void seal(Path staged, long version, String manifestSha256, Set<Path> durable) throws IOException {
        Durable.forceTree(staged, durable);
        Path marker = staged.resolve(MARKER);
        Files.writeString(
                marker, "version " + version + "\nmanifest " + manifestSha256 + "\n", StandardCharsets.US_ASCII);
        Durable.forceFile(marker);
        Durable.forceDirectory(staged);
    }

    BundleManifest manifest(long version) throws IOException, BundleException {
        return ManifestJson.read(
                Files.readAllBytes(folder(version).resolve(META_DIR).resolve(MANIFEST)), BundleLimits.DEFAULT);
    }

    /**
     * Re-checks a kept version as if it had just arrived: the signature with today's trusted keys (a revoked key's
     * content is not shown again) and every file's size and hash.
     */
    InstalledVersion verify(long version, TrustedKeys keys, BundleLimits limits) throws IOException, BundleException {
        Path folder = folder(version);
        if (!isComplete(version)) {
            throw new BundleException(UNKNOWN_VERSION, "version " + version + " is not complete on this kiosk");
        }
        Path meta = folder.resolve(META_DIR);
        byte[] manifestBytes = Files.readAllBytes(meta.resolve(MANIFEST));
        keys.verify(manifestBytes, Files.readAllBytes(meta.resolve(SIGNATURE)));
        BundleManifest manifest = ManifestJson.read(manifestBytes, limits);
        String sha = Hashes.sha256Hex(manifestBytes);
        String marker = Files.readString(folder.resolve(MARKER), StandardCharsets.US_ASCII);
        if (manifest.version() != version || !marker.contains("manifest " + sha)) {
            throw new BundleException(HASH_MISMATCH, "version " + version + ": manifest does not match its folder");
        }
        for (ManifestEntry f : manifest.files()) {
            Path file = folder.resolve(f.path());
            if (!Files.isRegularFile(file)
                    || Files.size(file) != f.size()
                    || !Hashes.sha256Hex(file).equals(f.sha256())) {
                throw new BundleException(
                        HASH_MISMATCH, "version " + version + ": " + f.path() + " is missing or damaged");
            }
        }
        return installed(manifest, sha, folder);
    }

    static InstalledVersion installed(BundleManifest manifest, String manifestSha256, Path folder) {
        return new InstalledVersion(manifest.version(), manifest.label(), manifest.channel(), manifestSha256, folder);
    }

    Optional<InstalledVersion> describe(long version) {
        try {
            Path folder = folder(version);
            byte[] bytes = Files.readAllBytes(folder.resolve(META_DIR).resolve(MANIFEST));
            return Optional.of(
                    installed(ManifestJson.read(bytes, BundleLimits.DEFAULT), Hashes.sha256Hex(bytes), folder));
        } catch (IOException | BundleException e) {
            return Optional.empty();
        }
    }

    void removeTemporaries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> PathParts.fileName(p).startsWith(Durable.TEMP_PREFIX))
                    .toList()) {
                Durable.deleteTree(p);
            }
        }
    }

    /**
     * Removes a version so that no crash can leave something that looks complete: first renamed to a temporary
     * name (atomic), then deleted.
     */
    void remove(long version) throws IOException {
        Path folder = folder(version);
        if (!Files.exists(folder)) {
            return;
        }
        Path retired = dir.resolve(Durable.tempName("retired-" + version));
        Durable.moveAtomically(folder, retired);
        Durable.deleteTree(retired);
    }

    void removeFolder(Path folder) throws IOException {
        Path retired = dir.resolve(Durable.tempName("retired"));
        Durable.moveAtomically(folder, retired);
        Durable.deleteTree(retired);
    }

    private List<Path> numbered() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> PathParts.fileName(p).matches("[1-9][0-9]{0,17}") && Files.isDirectory(p))
                    .toList();
        }
    }
}
