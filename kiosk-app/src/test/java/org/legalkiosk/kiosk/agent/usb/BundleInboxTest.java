package org.legalkiosk.kiosk.agent.usb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** Bundles dropped into a watched folder, applied into a real content store. */
class BundleInboxTest {

    @TempDir
    Path dir;

    private Path data;
    private Path inbox;
    private SignedBundles bundles;
    private ContentAdmin content;
    private final List<UpdateOutcome> told = new CopyOnWriteArrayList<>();
    private final List<String> started = new CopyOnWriteArrayList<>();
    private BundleInbox watcher;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        inbox = Files.createDirectories(dir.resolve("stick"));
        bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        watcher = new BundleInbox(
                inbox,
                data.resolve("usb-work"),
                content,
                new UpdateResultListener() {
                    @Override
                    public void started(UpdateOutcome.Source source, String bundleName) {
                        started.add(bundleName);
                    }

                    @Override
                    public void finished(UpdateOutcome outcome) {
                        told.add(outcome);
                    }
                },
                TestKiosk.CLOCK);
    }

    private long activeVersion() throws IOException {
        return content.current().map(ContentAdmin.Version::version).orElse(0L);
    }

    @Test
    void aValidBundleIsAppliedMovedToProcessedAndReportedWithItsVersion() throws Exception {
        Files.copy(bundles.build(3), inbox.resolve("update.lkb"));
        assertEquals(List.of(), watcher.checkNow(), "first sight: the copy may still be running");
        List<UpdateOutcome> outcomes = watcher.checkNow();

        assertEquals(1, outcomes.size());
        UpdateOutcome o = outcomes.get(0);
        assertTrue(o.ok(), o.message());
        assertEquals(3L, o.version());
        assertEquals("release 3", o.label());
        assertEquals(UpdateOutcome.Source.USB, o.source());
        assertEquals(List.of(o), told);
        assertEquals(List.of("update.lkb"), started);
        assertEquals(3, activeVersion());
        assertFalse(Files.exists(inbox.resolve("update.lkb")));
        assertTrue(Files.isRegularFile(inbox.resolve("processed/update.lkb")), "kept, not deleted");
        assertTrue(Files.readString(inbox.resolve("processed/update.lkb.txt")).contains("applied"));
        try (var left = Files.list(data.resolve("usb-work"))) {
            assertEquals(List.of(), left.toList(), "the working copy is removed");
        }
    }

    @Test
    void aBundleWithABadSignatureIsRefusedWithItsReasonAndMovedToFailed() throws Exception {
        Files.copy(bundles.buildWithStrangerKey(4), inbox.resolve("strange.zip"));
        watcher.checkNow();
        List<UpdateOutcome> outcomes = watcher.checkNow();

        assertEquals(1, outcomes.size());
        assertFalse(outcomes.get(0).ok());
        assertEquals("UNKNOWN_KEY", outcomes.get(0).reason());
        assertTrue(
                outcomes.get(0).message().contains("does not trust"),
                outcomes.get(0).message());
        assertEquals(0, activeVersion(), "nothing applied");
        assertTrue(Files.isRegularFile(inbox.resolve("failed/strange.zip")));
        assertTrue(Files.readString(inbox.resolve("failed/strange.zip.txt")).contains("UNKNOWN_KEY"));
    }

    @Test
    void anAlteredBundleIsRefusedAsABadSignature() throws Exception {
        byte[] bytes = Files.readAllBytes(bundles.build(5));
        // The manifest is the first entry, stored after a 30-byte header and its name: flip a byte of its JSON.
        int at = 30 + "manifest.json".length() + 20;
        bytes[at] ^= 0x01;
        Files.write(inbox.resolve("altered.lkb"), bytes);
        watcher.checkNow();
        List<UpdateOutcome> outcomes = watcher.checkNow();

        assertEquals(1, outcomes.size());
        assertFalse(outcomes.get(0).ok());
        assertTrue(
                List.of("BAD_SIGNATURE", "CORRUPT_ARCHIVE")
                        .contains(outcomes.get(0).reason()),
                outcomes.get(0).reason());
        assertEquals(0, activeVersion());
        assertTrue(Files.isRegularFile(inbox.resolve("failed/altered.lkb")));
    }

    @Test
    void aFileStillBeingWrittenIsNotTakenUntilItStopsGrowing() throws Exception {
        byte[] bytes = Files.readAllBytes(bundles.build(6));
        Path target = inbox.resolve("slow-copy.lkb");
        int half = bytes.length / 2;
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes, 0, half);
            out.flush();
            assertEquals(List.of(), watcher.checkNow());
            out.write(bytes, half, 1000);
            out.flush();
            assertEquals(List.of(), watcher.checkNow(), "it grew since the last check");
            out.write(bytes, half + 1000, bytes.length - half - 1000);
        }
        assertEquals(List.of(), watcher.checkNow(), "complete now, but changed since the last check");
        assertEquals(List.of(), started, "nothing was even tried");
        assertEquals(0, activeVersion());

        List<UpdateOutcome> outcomes = watcher.checkNow();
        assertEquals(1, outcomes.size());
        assertTrue(outcomes.get(0).ok(), outcomes.get(0).message());
        assertEquals(6, activeVersion());
    }

    @Test
    void aHandledFileIsNotAppliedAgain() throws Exception {
        Files.copy(bundles.build(7), inbox.resolve("update.lkb"));
        watcher.checkNow();
        assertEquals(1, watcher.checkNow().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(), watcher.checkNow());
        }
        assertEquals(1, told.size());
        assertEquals(1, started.size());
    }

    @Test
    void aFileThatCannotBeMovedAwayIsStillAppliedOnlyOnce() throws Exception {
        // A plain file where processed/ would go: the move fails, as on a read-only stick.
        Files.writeString(inbox.resolve(BundleInbox.PROCESSED), "not a folder");
        Files.copy(bundles.build(8), inbox.resolve("update.lkb"));
        watcher.checkNow();
        assertTrue(watcher.checkNow().get(0).ok());
        assertTrue(Files.exists(inbox.resolve("update.lkb")), "left where it was");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(), watcher.checkNow());
        }
        assertEquals(1, told.size());
        assertEquals(8, activeVersion());
    }

    @Test
    void otherFilesAndAMissingFolderAreIgnored() throws Exception {
        Files.writeString(inbox.resolve("readme.txt"), "hello");
        Files.copy(bundles.build(9), inbox.resolve(".hidden.lkb"));
        watcher.checkNow();
        assertEquals(List.of(), watcher.checkNow());
        BundleInbox unplugged = new BundleInbox(
                dir.resolve("no-stick"), data.resolve("usb-work"), content, UpdateResultListener.NONE, TestKiosk.CLOCK);
        assertEquals(List.of(), unplugged.checkNow());
    }

    @Test
    void theSchedulerChecksTheFolderByItself() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (BundleInbox polling = watcher.start(scheduler, java.time.Duration.ofMillis(50))) {
            Files.copy(bundles.build(10), inbox.resolve("update.lkb"));
            for (int i = 0; i < 1200 && told.isEmpty(); i++) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertEquals(1, told.size(), "applied within the generous wait");
            assertTrue(told.get(0).ok(), told.get(0).message());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
