package org.legalkiosk.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleException.Reason;
import org.legalkiosk.content.bundle.Hashes;
import org.legalkiosk.content.bundle.RawZip;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TestBundles;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;

class ContentStoreTest {

    private static final SigningKeys.SigningKey KEY = SigningKeys.generate();

    @TempDir
    Path dir;

    private Path root;
    private ContentStore store;

    @BeforeEach
    void openStore() throws IOException {
        root = dir.resolve("data/content");
        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    private Path full(long version) throws IOException {
        Path content = TestBundles.writeSmallContent(dir.resolve("src-" + version), "第 " + version + " 版。");
        return TestBundles.build(content, KEY, version, dir.resolve("v" + version + ".lkb"))
                .file();
    }

    private Path delta(long version, Path base) throws IOException {
        Path content = TestBundles.writeSmallContent(dir.resolve("src-delta-" + version), "第 " + version + " 版（增量）。");
        return TestBundles.buildDelta(content, KEY, version, base, dir.resolve("v" + version + "-delta.lkb"))
                .file();
    }

    private long currentVersion() throws IOException {
        return store.current().orElseThrow().version();
    }

    private BundleException refused(Path bundle, Reason reason) throws IOException {
        long before = store.current().map(InstalledVersion::version).orElse(0L);
        BundleException e = assertThrows(BundleException.class, () -> store.apply(bundle));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(
                before, store.current().map(InstalledVersion::version).orElse(0L), "the active version is untouched");
        assertNoLeftovers();
        return e;
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> temps = walk.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                    .toList();
            assertTrue(temps.isEmpty(), "temporary files left: " + temps);
        }
    }

    @Test
    void anAppliedBundleBecomesTheActiveVersionAndLoadsAsContent() throws Exception {
        InstalledVersion v1 = store.apply(full(1));
        assertEquals(1, v1.version());
        assertEquals(root.resolve("versions/1"), v1.dir());
        assertEquals("1\n", Files.readString(root.resolve("current")));
        assertTrue(Files.isRegularFile(v1.dir().resolve(".complete")));
        ContentLibrary library = new ContentLoader().loadStrict(v1.dir());
        assertEquals(1, library.allExplainers().size());
        assertEquals(v1.dir(), ContentStore.activeFolder(root).orElseThrow());
        assertNoLeftovers();
    }

    @Test
    void theSampleContentAppliesAsAFullBundleAndThenAsADelta() throws Exception {
        Path content = TestBundles.copySampleContent(dir.resolve("sample"));
        Path v1 = TestBundles.build(content, KEY, 1, dir.resolve("v1.lkb")).file();
        store.apply(v1);
        TestBundles.changeExplainer(content, "补充：遗嘱可以随时修改。");
        InstalledVersion v2 = store.apply(TestBundles.buildDelta(content, KEY, 2, v1, dir.resolve("v2.lkb"))
                .file());
        assertTrue(Files.readString(v2.dir().resolve(TestBundles.CHANGED_EXPLAINER))
                .contains("遗嘱可以随时修改"));
        assertTrue(new ContentLoader().loadStrict(v2.dir()).allExplainers().size() >= 50);
        assertTrue(
                Files.isRegularFile(v2.dir().resolve("images/iou-sample.png")), "unchanged files come from the store");
    }

    @Test
    void aDeltaOnTopOfItsBaseBecomesActive() throws Exception {
        Path v1 = full(1);
        store.apply(v1);
        InstalledVersion v2 = store.apply(delta(2, v1));
        assertEquals(2, currentVersion());
        assertTrue(Files.readString(v2.dir().resolve(TestBundles.CHANGED_EXPLAINER))
                .contains("增量"));
    }

    @Test
    void aDeltaWhoseBaseIsNotInstalledIsRefusedSayingWhatIsMissing() throws Exception {
        Path v1 = full(1);
        BundleException e = refused(delta(2, v1), Reason.MISSING_OBJECT);
        assertTrue(
                e.getMessage().contains("delta built on version 1")
                        && e.getMessage().contains("apply a full bundle"),
                e.getMessage());
        assertTrue(store.current().isEmpty());
    }

    @Test
    void anOlderOrEqualVersionIsRefusedAsARollbackAttempt() throws Exception {
        Path v1 = full(1);
        Path v2 = full(2);
        store.apply(v2);
        BundleException older = refused(v1, Reason.NOT_NEWER);
        assertTrue(older.getMessage().contains("not newer than the active version 2"), older.getMessage());
        refused(v2, Reason.NOT_NEWER);
    }

    @Test
    void aBundleFromAnUnknownKeyIsRefused() throws Exception {
        store.apply(full(1));
        Path content = TestBundles.writeSmallContent(dir.resolve("other"), "");
        Path bundle = TestBundles.build(content, SigningKeys.generate(), 2, dir.resolve("stranger.lkb"))
                .file();
        refused(bundle, Reason.UNKNOWN_KEY);
    }

    @Test
    void tamperedBundlesAreRefusedAndTheActiveVersionStays() throws Exception {
        store.apply(full(1));
        Path v2 = full(2);
        int size = (int) Files.size(v2);
        for (int position = 0; position < size; position += 7) {
            Path flipped = TestBundles.flipByte(v2, position, dir.resolve("flipped.lkb"));
            final int at = position;
            BundleException e = assertThrows(BundleException.class, () -> store.apply(flipped), () -> "flip at " + at);
            assertTrue(e.getMessage().length() > 20, e.getMessage());
            assertEquals(1, currentVersion(), "flip at " + at);
        }
        assertNoLeftovers();
        assertEquals(2, store.apply(v2).version(), "the untampered bundle still applies");
    }

    @Test
    void archivesWithPathTraversalOrLinksAreRefused() throws Exception {
        store.apply(full(1));
        byte[] sig = "{}".getBytes(StandardCharsets.UTF_8);
        for (byte[] zip : List.of(
                new RawZip()
                        .add("manifest.json", "{}".getBytes())
                        .add("manifest.sig", sig)
                        .add("../../evil", new byte[1])
                        .toBytes(),
                new RawZip()
                        .add("manifest.json", "{}".getBytes())
                        .add("manifest.sig", sig)
                        .add("/tmp/evil", new byte[1])
                        .toBytes(),
                new RawZip()
                        .add("manifest.json", "{}".getBytes())
                        .add("manifest.sig", sig)
                        .addSymlink("objects/" + "0".repeat(64), "/etc/passwd")
                        .toBytes())) {
            refused(Files.write(dir.resolve("hostile.lkb"), zip), Reason.UNSAFE_PATH);
        }
        assertFalse(Files.exists(dir.resolve("evil")) || Files.exists(root.resolve("evil")));
    }

    @Test
    void aTruncatedDownloadIsRefused() throws Exception {
        store.apply(full(1));
        byte[] bytes = Files.readAllBytes(full(2));
        refused(
                Files.write(dir.resolve("cut.lkb"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3)),
                Reason.TRUNCATED);
    }

    @Test
    void anOversizedManifestIsRefused() throws Exception {
        store.apply(full(1));
        byte[] huge = ("{" + " ".repeat(5 << 20) + "}").getBytes(StandardCharsets.UTF_8);
        refused(TestBundles.writeSigned(huge, KEY, Map.of(), dir.resolve("huge.lkb")), Reason.TOO_LARGE);
    }

    @Test
    void signedContentThatFailsTheContentChecksIsRefusedWithFileAndLine() throws Exception {
        store.apply(full(1));
        Path content = TestBundles.writeSmallContent(dir.resolve("broken"), "");
        Path explainer = content.resolve(TestBundles.CHANGED_EXPLAINER);
        Files.writeString(
                explainer, Files.readString(explainer).replace("category: succession", "category: inheritence"));
        BundleException e = refused(
                TestBundles.build(content, KEY, 2, dir.resolve("broken.lkb")).file(), Reason.INVALID_CONTENT);
        assertTrue(
                e.getMessage().contains(TestBundles.CHANGED_EXPLAINER + ":4: category 'inheritence'"), e.getMessage());
        assertFalse(Files.exists(root.resolve("versions/2")));
    }

    @Test
    void signedContentWithABrokenSelfCheckIsRefusedSoNoTerminalLosesTheInterview() throws Exception {
        store.apply(full(1));
        Path content = TestBundles.writeSmallContent(dir.resolve("broken-check"), "");
        Files.createDirectories(content.resolve("selfcheck"));
        Files.writeString(
                content.resolve("selfcheck/legal-aid.yaml"), "id: legal-aid\nstart: nowhere\nquestions: []\n");
        BundleException e = refused(
                TestBundles.build(content, KEY, 2, dir.resolve("broken-check.lkb"))
                        .file(),
                Reason.INVALID_CONTENT);
        assertTrue(e.getMessage().contains("selfcheck/legal-aid.yaml"), e.getMessage());
        assertFalse(Files.exists(root.resolve("versions/2")));
    }

    @Test
    void aBundleForANewerAppIsRefused() throws Exception {
        store.close();
        store = ContentStore.open(
                root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())).withAppVersion("0.0.9"));
        refused(full(1), Reason.APP_TOO_OLD);
    }

    @Test
    void theIndexerRunsOnTheNewVersionBeforeItIsActiveAndItsFailureKeepsTheOldOne() throws Exception {
        AtomicReference<Long> seenActive = new AtomicReference<>();
        VersionIndexer indexer = versionDir -> {
            seenActive.set(store.current().map(InstalledVersion::version).orElse(0L));
            assertTrue(Files.isRegularFile(versionDir.resolve("categories.yaml")));
            Files.createDirectories(versionDir.resolve("search-index"));
            Files.writeString(versionDir.resolve("search-index/segments"), "index");
            if (Files.readString(versionDir.resolve(TestBundles.CHANGED_EXPLAINER))
                    .contains("第 3 版")) {
                throw new IOException("disk full while indexing");
            }
        };
        store.close();
        store = ContentStore.open(
                root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())).withIndexer(indexer));
        store.apply(full(1));
        assertEquals(0L, seenActive.get(), "indexing happens before the switch");
        InstalledVersion v2 = store.apply(full(2));
        assertEquals(1L, seenActive.get());
        assertEquals(
                "index",
                Files.readString(v2.dir().resolve("search-index/segments")),
                "the index moves with its version");
        BundleException e = refused(full(3), Reason.INDEX_FAILED);
        assertTrue(e.getMessage().contains("disk full while indexing"), e.getMessage());
    }

    @Test
    void theLastThreeVersionsAreKeptAndUnusedObjectsCollected() throws Exception {
        for (long v = 1; v <= 5; v++) {
            store.apply(full(v));
        }
        assertEquals(
                List.of(3L, 4L, 5L),
                store.versions().stream().map(InstalledVersion::version).toList());
        assertFalse(Files.exists(root.resolve("versions/1")) || Files.exists(root.resolve("versions/2")));
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (InstalledVersion kept : store.versions()) {
            try (Stream<Path> files = Files.walk(kept.dir())) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(p -> !kept.dir().relativize(p).toString().startsWith("."))
                        .toList()) {
                    expected.add(Hashes.sha256Hex(f));
                }
            }
        }
        try (Stream<Path> objects = Files.list(root.resolve("objects"))) {
            assertEquals(
                    expected,
                    objects.map(p -> p.getFileName().toString())
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
        GcReport again = store.collectGarbage();
        assertEquals(0, again.removedObjects());
        assertTrue(again.removedVersions().isEmpty());
    }

    @Test
    void anAdministratorCanRollBackToAnyKeptVersionAndForwardAgain() throws Exception {
        for (long v = 1; v <= 4; v++) {
            store.apply(full(v));
        }
        InstalledVersion back = store.rollback(2);
        assertEquals(2, back.version());
        assertEquals(2, currentVersion());
        assertTrue(Files.readString(back.dir().resolve(TestBundles.CHANGED_EXPLAINER))
                .contains("第 2 版"));
        BundleException unknown = assertThrows(BundleException.class, () -> store.rollback(1));
        assertEquals(Reason.UNKNOWN_VERSION, unknown.reason());
        assertTrue(unknown.getMessage().contains("kept: 2, 3, 4"), unknown.getMessage());
        assertEquals(2, currentVersion());
        store.rollback(4);
        assertEquals(4, currentVersion());
        store.rollback(3);
        BundleException pinned = assertThrows(BundleException.class, () -> store.apply(full(4)));
        assertEquals(Reason.PINNED, pinned.reason(), "the rollback pinned 3: the version rolled back from stays out");
        assertEquals(3, currentVersion());
        assertEquals(4, store.unpin().orElseThrow().rolledBackFrom());
        assertEquals(4, store.apply(full(4)).version(), "a newer bundle replaces the kept folder of the same version");
        assertTrue(store.pin().isEmpty());
    }

    @Test
    void aRollbackToAVersionDamagedOnDiskIsRefused() throws Exception {
        store.apply(full(1));
        store.apply(full(2));
        Files.writeString(root.resolve("versions/1/" + TestBundles.CHANGED_EXPLAINER), "tampered");
        BundleException e = assertThrows(BundleException.class, () -> store.rollback(1));
        assertEquals(Reason.HASH_MISMATCH, e.reason());
        assertEquals(2, currentVersion());
    }

    @Test
    void openingRecoversFromLeftoversAndAPointerToAnIncompleteVersion() throws Exception {
        store.apply(full(1));
        store.apply(full(2));
        store.close();
        // What a crash can leave behind: a staging folder, a temp pointer, a temp object, a half-deleted version.
        Files.createDirectories(root.resolve("versions/.tmp-3-abcd/explainers"));
        Files.writeString(root.resolve(".tmp-current-abcd"), "3\n");
        Files.writeString(root.resolve("objects/.tmp-object-abcd"), "partial");
        Files.delete(root.resolve("versions/2/.complete"));
        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));
        assertEquals(1, currentVersion(), "falls back to the newest complete version");
        assertEquals("1\n", Files.readString(root.resolve("current")));
        assertFalse(Files.exists(root.resolve("versions/2")), "the incomplete version is removed");
        assertNoLeftovers();
        new ContentLoader().loadStrict(store.current().orElseThrow().dir());
    }

    @Test
    void aGarbledPointerFallsBackToTheNewestCompleteVersion() throws Exception {
        store.apply(full(1));
        store.apply(full(2));
        store.close();
        Files.writeString(root.resolve("current"), "\u0000\u0000");
        store = ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey())));
        assertEquals(2, currentVersion());
    }

    @Test
    void aStoreIsOpenedByOneProcessAtATime() {
        StoreLockedException e = assertThrows(
                StoreLockedException.class,
                () -> ContentStore.open(root, StoreOptions.of(TrustedKeys.of(KEY.publicKey()))));
        assertEquals(root, e.root(), "a typed refusal naming the store, for callers to tell busy from broken");
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
}
