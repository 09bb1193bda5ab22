package org.legalkiosk.kiosk.privacy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Files and folders of the data directory, readable by the kiosk's own user only: the audit log, bookings, logs
 * and settings say who came to the hall and what the county changed. Created with these modes, never widened
 * later; the umask can only take bits away from them (and {@link ProcessUmask} makes sure it does).
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /** A channel that appends to {@code file}, creating it 0600 if needed. */
    public static FileChannel openForAppend(Path file) throws IOException {
        createFolders(Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file, not a root: " + file));
        if (POSIX) {
            return FileChannel.open(
                    file,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(FILE));
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Creates a new, empty file 0600. */
    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
    }

    /** Creates the folder and any missing parents 0700; existing ones are left as they are. */
    public static Path createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        FileAttribute<?>[] attrs =
                POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)} : new FileAttribute<?>[0];
        return Files.createDirectories(folder, attrs);
    }
}
