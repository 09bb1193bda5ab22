package org.legalkiosk.kiosk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.BaseManifest;
import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.search.SearchIndexer;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.StoreOptions;

/**
 * Applying a signed bundle against the raw SHA-256 throughput of the same bytes (how close apply gets to the
 * hashing limit), and the size of a one-explainer delta against the full bundle.
 */
final class BundleBenchmark {

    private final Path contentDir;
    private final int rounds;

    BundleBenchmark(Path contentDir, int rounds) {
        this.contentDir = contentDir;
        this.rounds = rounds;
    }

    void run(PrintWriter out, Path work) throws IOException, BundleException {
        SigningKeys.SigningKey key = SigningKeys.generate();
        BundleBuilder builder = new BundleBuilder(BundleLimits.DEFAULT);
        SourceFiles.Result sources = SourceFiles.collect(contentDir);
        if (!sources.isClean()) {
            throw new IOException("content is not clean: " + sources.problems());
        }
        Path full = work.resolve("full.zip");
        builder.build(sources.files(), key, options(1), Optional.empty(), full);

        // A copy of the content with one explainer changed, built as a delta on the full bundle.
        Path changed = work.resolve("changed");
        copy(contentDir, changed);
        Path one = changed.resolve("explainers/succession/wills.zh.md");
        Files.writeString(one, Files.readString(one) + "\n（本文已更新。）\n");
        Path delta = work.resolve("delta.zip");
        builder.build(
                SourceFiles.collect(changed).files(), key, options(2), Optional.of(BaseManifest.read(full)), delta);

        long fullBytes = Files.size(full);
        long deltaBytes = Files.size(delta);
        out.printf(Locale.ROOT, "| bundle | bytes | share of full |%n|---|---:|---:|%n");
        out.printf(Locale.ROOT, "| full | %d | 100%% |%n", fullBytes);
        out.printf(
                Locale.ROOT,
                "| delta, one explainer changed | %d | %.2f%% |%n%n",
                deltaBytes,
                100.0 * deltaBytes / fullBytes);

        TrustedKeys trusted = TrustedKeys.of(key.publicKey());
        long[] applyNanos = new long[rounds];
        long[] indexedNanos = new long[rounds];
        long[] hashNanos = new long[rounds];
        byte[] bytes = Files.readAllBytes(full);
        for (int r = -1; r < rounds; r++) { // round -1 warms up
            long t = System.nanoTime();
            try (ContentStore store = ContentStore.open(work.resolve("store-" + r), StoreOptions.of(trusted))) {
                store.apply(full);
            }
            long apply = System.nanoTime() - t;
            t = System.nanoTime();
            try (ContentStore store = ContentStore.open(
                    work.resolve("indexed-" + r), StoreOptions.of(trusted).withIndexer(new SearchIndexer()::index))) {
                store.apply(full);
            }
            long indexed = System.nanoTime() - t;
            t = System.nanoTime();
            sha256(bytes);
            long hash = System.nanoTime() - t;
            if (r >= 0) {
                applyNanos[r] = apply;
                indexedNanos[r] = indexed;
                hashNanos[r] = hash;
            }
        }
        double mb = fullBytes / 1e6;
        double applyMs = Timings.of(applyNanos).medianMicros() / 1000;
        double indexedMs = Timings.of(indexedNanos).medianMicros() / 1000;
        double hashMs = Timings.of(hashNanos).medianMicros() / 1000;
        out.printf(
                Locale.ROOT,
                "| step (full bundle, %.2f MB, median of %d) | ms | MB/s | SHA-256 time / step time |%n",
                mb,
                rounds);
        out.println("|---|---:|---:|---:|");
        out.printf(
                Locale.ROOT,
                "| SHA-256 of the bundle bytes in memory | %.2f | %.0f | 1 |%n",
                hashMs,
                mb / hashMs * 1000);
        out.printf(
                Locale.ROOT,
                "| apply (verify, unpack, fsync, switch) | %.1f | %.1f | %.4f |%n",
                applyMs,
                mb / applyMs * 1000,
                hashMs / applyMs);
        out.printf(
                Locale.ROOT,
                "| apply with search indexing | %.1f | %.1f | %.4f |%n",
                indexedMs,
                mb / indexedMs * 1000,
                hashMs / indexedMs);
    }

    /** Pictures of random bytes (they do not compress) added to the content until the bundle is about 50 MB. */
    private static final int PICTURES = 24;

    private static final int PICTURE_BYTES = 2 << 20;

    /**
     * A full bundle of about 50 MB (the sample content plus pictures), applied against the SHA-256 speed of its
     * bytes: the target is above 20 %.
     */
    void runLarge(PrintWriter out, Path work) throws IOException, BundleException {
        SigningKeys.SigningKey key = SigningKeys.generate();
        Path large = work.resolve("large");
        copy(contentDir, large);
        java.util.Random random = new java.util.Random(17);
        byte[] picture = new byte[PICTURE_BYTES];
        Files.createDirectories(large.resolve("images"));
        for (int i = 0; i < PICTURES; i++) {
            random.nextBytes(picture);
            Files.write(large.resolve("images").resolve(String.format(Locale.ROOT, "bench-%02d.png", i)), picture);
        }
        Path bundle = work.resolve("large.zip");
        new BundleBuilder(BundleLimits.DEFAULT)
                .build(SourceFiles.collect(large).files(), key, options(1), Optional.empty(), bundle);
        TrustedKeys trusted = TrustedKeys.of(key.publicKey());
        byte[] bytes = Files.readAllBytes(bundle);
        int n = Math.max(3, rounds);
        long[] applyNanos = new long[n];
        long[] hashNanos = new long[n];
        for (int r = -1; r < n; r++) { // round -1 warms up
            Path storeDir = work.resolve("large-store-" + r);
            long t = System.nanoTime();
            try (ContentStore store = ContentStore.open(storeDir, StoreOptions.of(trusted))) {
                store.apply(bundle);
            }
            long apply = System.nanoTime() - t;
            t = System.nanoTime();
            sha256(bytes);
            long hash = System.nanoTime() - t;
            if (r >= 0) {
                applyNanos[r] = apply;
                hashNanos[r] = hash;
            }
            deleteTree(storeDir); // 50 MB a round would fill a small disk
        }
        double mb = bytes.length / 1e6;
        double applyMs = Timings.of(applyNanos).medianMicros() / 1000;
        double hashMs = Timings.of(hashNanos).medianMicros() / 1000;
        out.printf(
                Locale.ROOT,
                "%n| step (full bundle, %.1f MB: the sample content and %d pictures of %d MB, median of %d) "
                        + "| ms | MB/s | SHA-256 time / step time |%n",
                mb,
                PICTURES,
                PICTURE_BYTES >> 20,
                n);
        out.println("|---|---:|---:|---:|");
        out.printf(
                Locale.ROOT,
                "| SHA-256 of the bundle bytes in memory | %.1f | %.0f | 1 |%n",
                hashMs,
                mb / hashMs * 1000);
        out.printf(
                Locale.ROOT,
                "| apply (verify, unpack, fsync, switch) | %.1f | %.1f | %.3f |%n",
                applyMs,
                mb / applyMs * 1000,
                hashMs / applyMs);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static BundleBuilder.Options options(long version) {
        return new BundleBuilder.Options("bench", version, "bench-" + version, "0.1.0", Instant.now());
    }

    private static void sha256(byte[] bytes) {
        try {
            MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(f).toString();
                if (rel.startsWith("src") || rel.startsWith("target") || rel.equals("pom.xml")) {
                    continue;
                }
                Path target = to.resolve(rel);
                // a file under "to" always has a parent folder
                Files.createDirectories(
                        java.util.Objects.requireNonNull(target.toAbsolutePath().getParent()));
                try (InputStream in = Files.newInputStream(f)) {
                    Files.copy(in, target);
                }
            }
        }
    }
}
