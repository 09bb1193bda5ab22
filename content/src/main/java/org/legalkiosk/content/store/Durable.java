package org.legalkiosk.content.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.legalkiosk.content.source.PathParts;

/**
 * File operations that survive a power cut: data is forced to the device before the rename that publishes it,
 * and the directory holding the renamed entry is forced after it (on Linux a directory opened for reading can
 * be forced).
 */
final class Durable {

    /** Every temporary name in the store starts with this, so recovery can find and remove leftovers. */
    static final String TEMP_PREFIX = ".tmp-";

    private Durable() {}

    static String tempName(String what) {
        return TEMP_PREFIX + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** How many syncs are in flight at once when a batch is forced. */
    private static final int PARALLEL_SYNCS = 16;

    /**
     * Forces every file in {@code files}, several at once, and returns when all are on the device. A journaling
     * file system commits concurrent syncs together, so a batch costs a few device flushes instead of one per file
     * (measured on the shared machine: ~44 ms per sync one after another). The first failure is thrown.
     */
    static void forceAll(List<Path> files) throws IOException {
        if (files.size() <= 1) {
            for (Path f : files) {
                forceFile(f);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_SYNCS, files.size()), r -> {
            Thread t = new Thread(r, "content-sync");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Path f : files) {
                pending.add(pool.submit(() -> {
                    forceFile(f);
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("sync failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while syncing");
        } finally {
            pool.shutdownNow();
        }
    }

    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Replaces {@code target} with {@code bytes} so a reader sees either the old or the new content, never a mix. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(tempName(PathParts.fileName(target)));
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            forceFile(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(PathParts.parent(target));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(PathParts.parent(to));
        if (!PathParts.parent(from).equals(PathParts.parent(to))) {
            forceDirectory(PathParts.parent(from));
        }
    }

    /**
     * Forces every file and folder under {@code root}, deepest first, then {@code root} itself; files in
     * {@code durable} (already forced through another name) are skipped, their folders are not.
     */
    static void forceTree(Path root, Set<Path> durable) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !durable.contains(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        forceAll(files);
        // Deepest first, root last, as they were visited.
        for (Path dir : folders) {
            forceDirectory(dir);
        }
    }

    /** Deletes a tree without following links; a missing tree is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
