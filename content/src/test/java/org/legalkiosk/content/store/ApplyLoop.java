package org.legalkiosk.content.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.legalkiosk.content.bundle.TrustedKeys;

/**
 * The victim of {@link CrashRecoveryTest}, run in its own JVM: opens the store (recovering), then applies
 * {@code BUNDLES/<N>.lkb} for N = active + 1, + 2, ... until it is killed. It reports progress on standard output,
 * the only channel the parent test has into this process.
 */
public final class ApplyLoop {

    static final String INDEX_FILE = "search-index/segments";

    private ApplyLoop() {}

    /** Writes a small "index" inside the version, as the search indexer will, so crashes while indexing are covered. */
    static void index(Path versionDir) throws java.io.IOException {
        Files.createDirectories(versionDir.resolve("search-index"));
        Files.writeString(versionDir.resolve(INDEX_FILE), indexText(versionDir), StandardCharsets.UTF_8);
    }

    static String indexText(Path versionDir) throws java.io.IOException {
        return "indexed " + Files.readString(versionDir.resolve("laws.yaml")).length();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path bundles = Path.of(args[1]);
        TrustedKeys keys = TrustedKeys.read(Path.of(args[2]));
        try (ContentStore store = ContentStore.open(root, StoreOptions.of(keys).withIndexer(ApplyLoop::index))) {
            long version = store.current().map(InstalledVersion::version).orElse(0L);
            while (true) {
                version++;
                Path bundle = bundles.resolve(version + ".lkb");
                if (!Files.exists(bundle)) {
                    System.out.println("DONE");
                    return;
                }
                System.out.println("APPLYING " + version);
                long start = System.nanoTime();
                store.apply(bundle);
                System.out.println("APPLIED " + version + " " + (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
