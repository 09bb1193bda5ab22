package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Replaces a file so a reader (or a restart after a power cut) sees the old bytes or the new ones, never a mix:
 * a temporary sibling is written and forced, renamed over the target, and the folder forced.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * As {@link #write(Path, byte[])}; {@code ownerOnly} is no longer a choice (every file of the data folder is
     * 0600 since issue 13) and is kept so existing callers compile.
     */
    public static void write(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        write(target, bytes);
    }

    /** Replaces {@code target} with {@code bytes}, the file readable and writable by the kiosk's user only. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file, not a root: " + target);
        org.legalkiosk.kiosk.privacy.PrivateFiles.createFolders(dir);
        Path temp = dir.resolve(".tmp-" + target.getFileName() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        try {
            org.legalkiosk.kiosk.privacy.PrivateFiles.createFile(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot force a directory; the rename itself is still atomic.
        }
    }
}
