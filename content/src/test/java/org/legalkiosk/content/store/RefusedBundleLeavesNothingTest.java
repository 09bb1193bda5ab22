package org.legalkiosk.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TestBundles;
import org.legalkiosk.content.bundle.TrustedKeys;

/**
 * Issue 13, finding 6: a bundle refused after its objects were unpacked takes them with it, and what a crash left
 * (objects no version names, staging folders) is gone as soon as the store is opened.
 */
class RefusedBundleLeavesNothingTest {

    private static final SigningKeys.SigningKey KEY = SigningKeys.generate();

    @TempDir
    Path dir;

    private Path root;
    private ContentStore store;

    @BeforeEach
    void open() throws IOException {
        root = dir.resolve("content");
        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private Set<String> objects() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("objects"))) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aBundleRefusedAfterItsObjectsWereUnpackedLeavesNoneBehind() throws Exception {
        Path good = TestBundles.writeSmallContent(dir.resolve("v1"), "第 1 版。");
        store.apply(TestBundles.build(good, KEY, 1, dir.resolve("v1.lkb")).file());
        Set<String> before = objects();

        // Signed and intact, so every object is unpacked; then the staged version fails the content checks.
        Path broken = TestBundles.writeSmallContent(dir.resolve("v2"), "一段新的文字，只在这个版本里。");
        Path explainer = broken.resolve(TestBundles.CHANGED_EXPLAINER);
        Files.writeString(explainer, Files.readString(explainer).replace("category: succession", "category: nowhere"));
        BundleException e = assertThrows(
                BundleException.class,
                () -> store.apply(
                        TestBundles.build(broken, KEY, 2, dir.resolve("v2.lkb")).file()));
        assertEquals(BundleException.Reason.INVALID_CONTENT, e.reason());

        assertEquals(before, objects(), "the refused bundle's new objects are gone");
        assertEquals(1, store.current().orElseThrow().version());
    }

    @Test
    void openingCollectsObjectsNoVersionNamesAndStagingFolders() throws Exception {
        Path good = TestBundles.writeSmallContent(dir.resolve("v1"), "第 1 版。");
        store.apply(TestBundles.build(good, KEY, 1, dir.resolve("v1.lkb")).file());
        Set<String> kept = objects();
        store.close();
        // What a SIGKILL mid-apply leaves: a published object of the unfinished version and its staging folder.
        byte[] orphan = "an object of a version that never finished".getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("objects").resolve(Hashes.sha256Hex(orphan)), orphan);
        Files.createDirectories(root.resolve("versions/.tmp-2-dead/explainers"));

        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));

        assertEquals(kept, objects());
        assertFalse(Files.exists(root.resolve("versions/.tmp-2-dead")));
        assertTrue(Files.isDirectory(root.resolve("versions/1")), "the kept version is untouched");
    }
}
