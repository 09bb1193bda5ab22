package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs content files into a signed bundle file: a full bundle carries every object; a delta against a base
 * carries only the objects the base lacks, while its manifest still lists every file of the new version.
 * The file appears under its final name only once it is complete and verifies with the signer's own public key.
 */
public final class BundleBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(BundleBuilder.class);

    /** What the manifest says about the version besides its files. */
    public record Options(String channel, long version, String label, String minAppVersion, Instant created) {}

    public record Result(BundleManifest manifest, Path file, int objectsCarried, long fileBytes) {}

    private final BundleLimits limits;

    public BundleBuilder(BundleLimits limits) {
        this.limits = limits;
    }

    public Result build(
            List<SourceFiles.SourceFile> sources,
            SigningKeys.SigningKey key,
            Options options,
            Optional<BaseManifest> base,
            Path out)
            throws IOException {
        if (base.isPresent() && base.get().manifest().version() >= options.version()) {
            throw new IllegalArgumentException("version " + options.version() + " must be newer than the base's "
                    + base.get().manifest().version());
        }
        if (sources.size() > limits.maxFiles()) {
            throw new IllegalArgumentException(sources.size() + " files, over the limit of " + limits.maxFiles());
        }
        List<ManifestEntry> entries = new ArrayList<>();
        TreeMap<String, Path> objects = new TreeMap<>();
        long total = 0;
        for (SourceFiles.SourceFile source : sources) {
            long size = Files.size(source.file());
            if (size > limits.maxFileBytes()) {
                throw new IllegalArgumentException(
                        source.path() + " is " + size + " bytes, over the limit of " + limits.maxFileBytes());
            }
            total += size;
            String hash = Hashes.sha256Hex(source.file());
            entries.add(new ManifestEntry(source.path(), hash, size, ContentPaths.mediaType(source.path())));
            objects.putIfAbsent(hash, source.file());
        }
        if (total > limits.maxTotalBytes()) {
            throw new IllegalArgumentException(
                    "the files add up to " + total + " bytes, over the limit of " + limits.maxTotalBytes());
        }
        BundleManifest manifest = new BundleManifest(
                BundleManifest.FORMAT,
                UUID.randomUUID().toString(),
                options.channel(),
                options.version(),
                options.label(),
                options.created(),
                options.minAppVersion(),
                base.map(b -> new BaseReference(b.manifest().version(), b.manifestSha256())),
                entries);
        Set<String> baseHashes = base.map(b -> b.manifest().objectHashes()).orElse(Set.of());
        objects.keySet().removeAll(baseHashes);

        byte[] manifestBytes = ManifestJson.write(manifest);
        if (manifestBytes.length > limits.maxManifestBytes()) {
            throw new IllegalArgumentException(
                    "the manifest would be " + manifestBytes.length + " bytes, over the limit");
        }
        byte[] signature = ManifestSignature.sign(manifestBytes, key).toBytes();
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp));
                    BundleWriter writer = new BundleWriter(stream)) {
                writer.manifest(manifestBytes, signature);
                for (var object : objects.entrySet()) {
                    writer.object(object.getKey(), Files.readAllBytes(object.getValue()));
                }
            }
            selfCheck(temp, key);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        long bytes = Files.size(absolute);
        LOG.info(
                "Built {} bundle {} v{} ({} files, {} objects carried, {} bytes)",
                manifest.isDelta() ? "delta" : "full",
                manifest.bundleId(),
                manifest.version(),
                entries.size(),
                objects.size(),
                bytes);
        return new Result(manifest, absolute, objects.size(), bytes);
    }

    /** A bundle no kiosk would accept must not leave the author's machine: read it back as a kiosk would. */
    private void selfCheck(Path file, SigningKeys.SigningKey key) throws IOException {
        try {
            BundleVerifier.verifyFile(file, TrustedKeys.of(key.publicKey()), limits);
        } catch (BundleException e) {
            throw new IOException("the bundle just written does not verify: " + e.getMessage(), e);
        }
    }
}
