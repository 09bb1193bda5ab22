package org.legalkiosk.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TestBundles;
import org.legalkiosk.content.bundle.TrustedKeys;

/**
 * The apply's new order (docs/decisions/0080): every object written, then all synced, then all renamed into place,
 * one folder sync; the version's files are links to those objects, so only folders are synced again before the
 * marker and the pointer switch. What a crash can leave at each step is cleaned up, and the version on screen stays.
 */
class BatchedApplyTest {

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

    private Path bundle(long version) throws IOException {
        Path content = TestBundles.writeSmallContent(dir.resolve("v" + version), "第 " + version + " 版。");
        return TestBundles.build(content, KEY, version, dir.resolve("v" + version + ".lkb"))
                .file();
    }

    private List<Path> contentFiles(Path version) throws IOException {
        try (Stream<Path> files = Files.walk(version)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !version.relativize(f).toString().startsWith("."))
                    .toList();
        }
    }

    @Test
    void eachFileOfAVersionIsTheObjectItselfNotASecondCopy() throws Exception {
        InstalledVersion v = store.apply(bundle(1));
        List<Path> files = contentFiles(v.dir());
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Path object = root.resolve("objects").resolve(Hashes.sha256Hex(f));
            assertTrue(Files.isSameFile(f, object), f + " is a link to its object");
        }
    }

    @Test
    void aVersionKeepsItsFilesWhenTheirObjectsAreCollected() throws Exception {
        store.apply(bundle(1));
        InstalledVersion two = store.apply(bundle(2));
        Path onlyInTwo = two.dir().resolve(TestBundles.CHANGED_EXPLAINER);
        Files.delete(root.resolve("objects").resolve(Hashes.sha256Hex(onlyInTwo)));

        assertTrue(Files.readString(onlyInTwo, StandardCharsets.UTF_8).contains("第 2 版"));
        new VersionFolders(root.resolve("versions")).verify(2, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT);
    }

    @Test
    void objectsWrittenButNotYetPublishedAreRemovedAndTheActiveVersionStays() throws Exception {
        store.apply(bundle(1));
        store.close();
        // A kill after the writes, before the batch was synced and renamed: temporary objects, a staging folder
        // with links in it, no marker.
        Path objects = root.resolve("objects");
        Files.writeString(objects.resolve(Durable.tempName("object")), "half of an object");
        Path staging = Files.createDirectories(root.resolve("versions").resolve(Durable.tempName("2")));
        Path anObject;
        try (Stream<Path> list = Files.list(objects)) {
            anObject = list.filter(p -> Hashes.isSha256Hex(p.getFileName().toString()))
                    .findFirst()
                    .orElseThrow();
        }
        Files.createLink(staging.resolve("linked.md"), anObject);

        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));

        try (Stream<Path> list = Files.walk(root)) {
            assertEquals(
                    List.of(),
                    list.filter(p -> p.getFileName().toString().startsWith(Durable.TEMP_PREFIX))
                            .toList());
        }
        assertTrue(Files.isRegularFile(anObject), "removing the staging folder's link keeps the object");
        assertEquals(1, store.current().orElseThrow().version());
        new VersionFolders(root.resolve("versions")).verify(1, TrustedKeys.of(KEY.publicKey()), BundleLimits.DEFAULT);
        assertEquals(2, store.apply(bundle(2)).version(), "the next apply goes through");
    }
}
