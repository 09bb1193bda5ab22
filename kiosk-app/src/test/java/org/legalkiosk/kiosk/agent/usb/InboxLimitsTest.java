package org.legalkiosk.kiosk.agent.usb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Issue 13, finding 5: the probe's stick with a 1.17 GB file. The size and the free space are checked from the
 * file's attributes before a byte is copied, and a copy never runs past the limit.
 */
class InboxLimitsTest {

    @TempDir
    Path dir;

    private BundleInbox inbox(Path stick, Path data, InboxLimits limits) throws IOException {
        SignedBundles bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        ContentAdmin content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        return new BundleInbox(
                stick, data.resolve("usb-work"), content, UpdateResultListener.NONE, TestKiosk.CLOCK, limits);
    }

    /** A file of {@code size} bytes that takes no disk (sparse), as large as the probe's. */
    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aFileLargerThanABundleMayBeIsRefusedWithoutCopyingIt() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Path data = Files.createDirectories(dir.resolve("data"));
        sparse(stick.resolve("huge.lkb"), 1_170_000_000L);
        BundleInbox inbox = inbox(stick, data, InboxLimits.DEFAULT);

        inbox.checkNow();
        List<UpdateOutcome> outcomes = inbox.checkNow();

        assertEquals(1, outcomes.size());
        assertEquals("TOO_LARGE", outcomes.get(0).reason());
        assertTrue(
                outcomes.get(0).message().contains("nothing was copied"),
                outcomes.get(0).message());
        assertEquals(List.of(), filesUnder(data.resolve("usb-work")), "no copy was made");
        assertTrue(Files.exists(stick.resolve("failed/huge.lkb")), "the file is set aside on the stick, not deleted");
    }

    @Test
    void aFileTheDiskCannotHoldIsRefusedWithoutCopyingIt() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(stick.resolve("bundle.lkb"), new byte[4096]);
        long free = Files.getFileStore(data).getUsableSpace();
        // A terabyte more than the disk has: the check fails whatever other processes free meanwhile.
        BundleInbox inbox = inbox(stick, data, new InboxLimits(1L << 40, free + (1L << 40)));

        inbox.checkNow();
        List<UpdateOutcome> outcomes = inbox.checkNow();

        assertEquals("NO_SPACE", outcomes.get(0).reason(), outcomes.get(0).message());
        assertEquals(List.of(), filesUnder(data.resolve("usb-work")));
    }

    @Test
    void aCopyStopsAtTheLimitEvenIfTheSourceNeverEnds() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(BoundedCopy.TooLargeException.class, () -> BoundedCopy.copy(endless, out, 1_000_000));
        assertTrue(out.size() <= 1_000_000, "written: " + out.size());
        assertEquals(
                5, BoundedCopy.copy(new java.io.ByteArrayInputStream(new byte[5]), new ByteArrayOutputStream(), 5));
    }
}
