package org.legalkiosk.content.store;

import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.Hashes;

/**
 * {@code objects/<sha256>}: every file of the kept versions, once, named by its hash. Delta bundles are completed
 * from here. An object is only ever published under its name after its hash was checked and its bytes synced.
 */
final class ObjectStore {

    private final Path dir;

    ObjectStore(Path dir) {
        this.dir = dir;
    }

    boolean has(String sha256) {
        return Files.isRegularFile(dir.resolve(sha256));
    }

    /** An object of the apply under way, written under a temporary name: neither synced nor published yet. */
    record Staged(String sha256, Path temp) {}

    /**
     * Unpacks an object from a verified bundle under a temporary name; the archive checks its hash while it is
     * written. An object the store already has is still read and checked: a damaged bundle is refused as a whole,
     * never half-used.
     *
     * @return the written object, or empty when the store already had it
     */
    Optional<Staged> stageFrom(BundleArchive archive, String sha256) throws IOException, BundleException {
        if (has(sha256)) {
            archive.copyObject(sha256, OutputStream.nullOutputStream());
            return Optional.empty();
        }
        Path temp = dir.resolve(Durable.tempName("object"));
        boolean written = false;
        try {
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                archive.copyObject(sha256, out);
            }
            written = true;
            return Optional.of(new Staged(sha256, temp));
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Publishes the objects of one apply under their names: first every one's bytes are forced to the device, then
     * each is renamed, then the folder is synced once. The syncs come after all the writes, so the device gets the
     * whole batch at once instead of one small write and flush per file; no object appears under its name before
     * its bytes are durable (docs/decisions/0080-batched-fsyncs-and-linked-version-files.md).
     */
    void publish(List<Staged> staged) throws IOException {
        Durable.forceAll(staged.stream().map(Staged::temp).toList());
        for (Staged s : staged) {
            Files.move(
                    s.temp(),
                    dir.resolve(s.sha256()),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        sync();
    }

    /** Removes what {@link #stageFrom} wrote and {@link #publish} did not rename (a refused or failed apply). */
    void discard(List<Staged> staged) throws IOException {
        for (Staged s : staged) {
            Files.deleteIfExists(s.temp());
        }
    }

    /** Makes renames and removals in the folder durable, once for a whole batch. */
    void sync() throws IOException {
        Durable.forceDirectory(dir);
    }

    /**
     * Puts an object into a version folder as {@code target}: a hard link to the object when the file system allows
     * it (the object's bytes are already durable, so only the folder needs a sync; and the version costs no second
     * copy on the card), else a copy. An object that was not written by this apply is checked against its size and
     * hash first: an SD card can rot, and a damaged object must not become part of a version. A damaged object is
     * removed so a full bundle can bring it back.
     *
     * @param fresh written and checked by this apply (its hash was checked as it was written)
     * @return whether {@code target} is a link to the durable object (true) or a new copy that still needs a sync
     */
    boolean placeAt(String sha256, long size, Path target, boolean fresh) throws IOException, BundleException {
        Path source = dir.resolve(sha256);
        if (!fresh) {
            check(sha256, size, source);
        }
        try {
            Files.createLink(target, source);
            return true;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            copyTo(sha256, size, target);
            return false;
        }
    }

    private static void check(String sha256, long size, Path source) throws IOException, BundleException {
        MessageDigest digest = Hashes.sha256();
        long read = 0;
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read > size) {
                    break;
                }
                digest.update(buffer, 0, n);
            }
        }
        if (read != size || !Hashes.sameHash(Hashes.hex(digest), sha256)) {
            Files.deleteIfExists(source);
            throw new BundleException(
                    HASH_MISMATCH, "stored object " + sha256 + " is damaged (removed; apply a full bundle)");
        }
    }

    /** Copies an object to {@code target}, checking size and hash again as it goes (where links are not allowed). */
    private void copyTo(String sha256, long size, Path target) throws IOException, BundleException {
        Path source = dir.resolve(sha256);
        MessageDigest digest = Hashes.sha256();
        long copied = 0;
        try (InputStream in = Files.newInputStream(source);
                OutputStream out =
                        Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                copied += n;
                if (copied > size) {
                    break;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        String actual = Hashes.hex(digest);
        if (copied != size || !Hashes.sameHash(actual, sha256)) {
            Files.deleteIfExists(source);
            throw new BundleException(
                    HASH_MISMATCH, "stored object " + sha256 + " is damaged (removed; apply a full bundle)");
        }
    }

    Set<String> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(Hashes::isSha256Hex)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Removes an object; answers the bytes freed. */
    long delete(String sha256) throws IOException {
        Path file = dir.resolve(sha256);
        long size = Files.exists(file) ? Files.size(file) : 0;
        Files.deleteIfExists(file);
        return size;
    }

    void removeTemporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(Durable.TEMP_PREFIX))
                    .toList()) {
                Durable.deleteTree(p);
            }
        }
    }
}
