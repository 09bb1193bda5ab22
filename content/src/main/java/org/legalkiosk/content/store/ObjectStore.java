package org.legalkiosk.content.store;

import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;

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

    /**
     * Unpacks an object from a verified bundle; the archive checks its hash while it is written. An object the
     * store already has is still read and checked: a damaged bundle is refused as a whole, never half-used.
     *
     * @return true when the object is new to the store (so a refused apply knows what to take back)
     */
    boolean putFrom(BundleArchive archive, String sha256) throws IOException, BundleException {
        if (has(sha256)) {
            archive.copyObject(sha256, OutputStream.nullOutputStream());
            return false;
        }
        Path temp = dir.resolve(Durable.tempName("object"));
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                archive.copyObject(sha256, out);
            }
            Durable.forceFile(temp);
            Files.move(temp, dir.resolve(sha256), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the renames of {@link #putFrom} durable, once for a whole batch. */
    void sync() throws IOException {
        Durable.forceDirectory(dir);
    }

    /**
     * Copies an object to {@code target}, checking size and hash again: an SD card can rot, and a damaged object
     * must not become part of a version. A damaged object is removed so a full bundle can bring it back.
     */
    void copyTo(String sha256, long size, Path target) throws IOException, BundleException {
        Path source = dir.resolve(sha256);
        MessageDigest digest = Hashes.sha256();
        long copied = 0;
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
        if (copied != size || !actual.equals(sha256)) {
            Files.deleteIfExists(source);
            throw new BundleException(HASH_MISMATCH, "stored object " + sha256 + " is damaged (removed; apply a full bundle)");
        }
    }

    Set<String> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(Hashes::isSha256Hex)
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
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(Durable.TEMP_PREFIX)).toList()) {
                Durable.deleteTree(p);
            }
        }
    }
}
