package org.legalkiosk.kiosk.privacy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Narrows what an older version (or a hand copy) left readable in the data folder to 0600 files and 0700 folders,
 * once at start. Links are not followed, and the USB inbox (a stick's mount point, which belongs to the stick) is
 * left alone. A file that cannot be changed is logged and skipped: the kiosk must still start.
 */
public final class DataDirPermissions {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirPermissions.class);
    private static final String USB_INBOX = "usb-inbox";

    private DataDirPermissions() {}

    /** Answers how many files and folders were narrowed. */
    public static int tighten(Path dataDir) {
        if (!Files.isDirectory(dataDir)
                || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return 0;
        }
        int[] changed = {0};
        try {
            Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(dataDir.resolve(USB_INBOX))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    narrow(dir, true, changed);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        narrow(file, false, changed);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("Could not check the mode of {}: {}", file, e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not check the modes under {}: {}", dataDir, e.getMessage());
        }
        if (changed[0] > 0) {
            LOG.info("Made {} files and folders in {} private to the kiosk's user", changed[0], dataDir);
        }
        return changed[0];
    }

    private static void narrow(Path path, boolean folder, int[] changed) {
        try {
            var wanted = folder ? PrivateFiles.FOLDER : PrivateFiles.FILE;
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
                changed[0]++;
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not make {} private: {}", path, e.getMessage());
        }
    }
}
