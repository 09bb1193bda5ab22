package org.legalkiosk.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TestBundles;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.source.ContentLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Power cuts and crashes, approximated by SIGKILL: a separate JVM applies bundles in a loop and is killed at random
 * points, many times. After every kill, opening the store must leave the pointer on a complete version whose
 * signature and every file check out and which loads as content; versions never go backwards.
 * (SIGKILL does not lose the page cache, so this covers the ordering of the steps, not the fsyncs themselves.)
 */
class CrashRecoveryTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);
    private static final int KILLS = 24;
    private static final int VERSIONS = 100;

    @TempDir
    Path dir;

    @Test
    void killingTheApplyingProcessAtRandomPointsAlwaysLeavesACompleteVerifiedVersionActive() throws Exception {
        SigningKeys.SigningKey key = SigningKeys.generate();
        Path pub = Files.writeString(dir.resolve("signing.pub"), SigningKeys.publicPem(key.publicKey()));
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        long buildStart = System.nanoTime();
        buildBundles(key, bundles);
        LOG.info("Built {} bundles in {} ms", VERSIONS, (System.nanoTime() - buildStart) / 1_000_000);
        Path root = dir.resolve("store");
        StoreOptions options = StoreOptions.of(TrustedKeys.of(key.publicKey())).withIndexer(ApplyLoop::index);
        try (ContentStore store = ContentStore.open(root, options)) {
            store.apply(bundles.resolve("1.lkb"));
        }

        long seed = System.nanoTime();
        LOG.info("Crash test seed {}", seed);
        Random random = new Random(seed);
        long active = 1;
        long applyMillis = 150;
        int interrupted = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = start(root, bundles, pub);
            String last = "";
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int applyingToSee = 1 + random.nextInt(2);
                for (String line; applyingToSee > 0 && (line = out.readLine()) != null; ) {
                    if (line.startsWith("APPLYING")) {
                        applyingToSee--;
                        last = line;
                    } else if (line.startsWith("APPLIED")) {
                        applyMillis = Long.parseLong(line.split(" ")[2]);
                        last = line;
                    } else if (line.startsWith("DONE")) {
                        break;
                    }
                }
                // Not a synchronisation: any moment is a valid moment to die. The spread covers a whole apply.
                TimeUnit.MILLISECONDS.sleep(random.nextInt((int) Math.max(10, applyMillis * 5 / 4)));
                child.destroyForcibly();
                child.waitFor();
            }
            active = checkRecovered(
                    root, options, active, "after kill " + (kill + 1) + " (" + last + ", seed " + seed + ")");
            if (last.startsWith("APPLYING") && active < Long.parseLong(last.split(" ")[1])) {
                interrupted++;
            }
        }
        LOG.info("{} kills, {} of them interrupted an apply; version {} is active", KILLS, interrupted, active);
        assertTrue(interrupted > 0, "no kill landed inside an apply (seed " + seed + ")");
        assertTrue(active > 1, "the loop made progress between kills");
        assertTrue(active < VERSIONS, "bundles ran out: raise VERSIONS");
    }

    private long checkRecovered(Path root, StoreOptions options, long previous, String when) throws Exception {
        try (ContentStore store = ContentStore.open(root, options)) {
            InstalledVersion current =
                    store.current().orElseThrow(() -> new AssertionError("no active version " + when));
            assertTrue(
                    current.version() >= previous,
                    "went back from " + previous + " to " + current.version() + " " + when);
            assertEquals(current.version() + "\n", Files.readString(root.resolve("current")), when);
            new VersionFolders(root.resolve("versions"))
                    .verify(current.version(), options.trustedKeys(), BundleLimits.DEFAULT);
            new ContentLoader().loadStrict(current.dir());
            assertEquals(
                    ApplyLoop.indexText(current.dir()),
                    Files.readString(current.dir().resolve(ApplyLoop.INDEX_FILE)),
                    when);
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> temps = walk.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                        .toList();
                assertTrue(temps.isEmpty(), "leftovers " + temps + " " + when);
            }
            return current.version();
        }
    }

    /** Version 1 full; after that, every third a full bundle and the others deltas on the version before. */
    private void buildBundles(SigningKeys.SigningKey key, Path bundles) throws IOException {
        for (int v = 1; v <= VERSIONS; v++) {
            Path content = TestBundles.writeSmallContent(dir.resolve("src"), "第 " + v + " 版。");
            // laws.yaml changes too, so the index text differs between versions.
            Files.writeString(content.resolve("laws.yaml"), "# version " + v + "\n", StandardOpenOption.APPEND);
            Path out = bundles.resolve(v + ".lkb");
            if (v == 1 || v % 3 == 0) {
                TestBundles.build(content, key, v, out);
            } else {
                TestBundles.buildDelta(content, key, v, bundles.resolve((v - 1) + ".lkb"), out);
            }
        }
    }

    private static Process start(Path root, Path bundles, Path pub) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                // A quick start matters more than peak speed for a process that lives a second.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                ApplyLoop.class.getName(),
                root.toString(),
                bundles.toString(),
                pub.toString()));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
