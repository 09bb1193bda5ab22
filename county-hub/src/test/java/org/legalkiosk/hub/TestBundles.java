package org.legalkiosk.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleAssembler;
import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.ManifestSignature;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;

/**
 * Real bundles of the repository's sample content ({@code content/}, the same the kiosk ships), built and signed as
 * the author's offline machine does, and a multipart upload of a file as a browser sends it.
 */
public final class TestBundles {

    public static final Path SAMPLE_CONTENT = Path.of("..", "content");

    private TestBundles() {}

    public static Path build(Path dir, long version, SigningKeys.SigningKey key) throws IOException {
        Path out = dir.resolve("v" + version + "-" + key.keyId() + ".lkb");
        if (!Files.exists(out)) {
            new BundleBuilder(BundleLimits.DEFAULT)
                    .build(
                            SourceFiles.collect(SAMPLE_CONTENT).files(),
                            key,
                            new BundleBuilder.Options(
                                    "stable",
                                    version,
                                    "2026-12 第" + version + "版",
                                    "0.1.0",
                                    Instant.parse("2026-11-28T08:00:00Z")),
                            Optional.empty(),
                            out);
        }
        return out;
    }

    /**
     * A well-formed bundle whose signature is by {@code key} but over other bytes than its manifest: what a bundle
     * whose manifest was edited after signing looks like.
     */
    public static Path withForeignSignature(Path dir, Path bundle, SigningKeys.SigningKey key) throws Exception {
        Path objects = Files.createDirectories(dir.resolve("objects-" + UUID.randomUUID()));
        TreeMap<String, Path> files = new TreeMap<>();
        byte[] manifest;
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
            manifest = archive.manifestBytes();
            for (String hash : archive.objectHashes()) {
                Path f = objects.resolve(hash);
                try (OutputStream out = Files.newOutputStream(f)) {
                    archive.copyObject(hash, out);
                }
                files.put(hash, f);
            }
        }
        byte[] other = new String(manifest, StandardCharsets.UTF_8)
                .replace("2026-12", "2099-01")
                .getBytes(StandardCharsets.UTF_8);
        Path out = dir.resolve("forged-" + UUID.randomUUID() + ".lkb");
        BundleAssembler.assemble(
                out, manifest, ManifestSignature.sign(other, key).toBytes(), files);
        return out;
    }

    /** A browser's {@code multipart/form-data} post of {@code file} in the field {@code bundle}. */
    public static HttpRequest.Builder upload(URI uri, Path file) throws IOException {
        String boundary = "----hubtest" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\""
                        + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        parts.add(Files.readAllBytes(file));
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
    }
}
