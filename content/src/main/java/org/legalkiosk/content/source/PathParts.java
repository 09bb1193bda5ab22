package org.legalkiosk.content.source;

import java.nio.file.Path;

/**
 * A path's file name and folder, never null: {@link Path#getFileName()} is null for a file-system root and
 * {@link Path#getParent()} for a bare file name, and content code reads both for names it reports and folders it
 * creates. A root where a file was expected is a caller's mistake and says so.
 */
public final class PathParts {

    private PathParts() {}

    /** The last element's name, e.g. {@code wills.zh.md}. */
    public static String fileName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            throw new IllegalArgumentException(path + " is a root, not a file");
        }
        return name.toString();
    }

    /** The folder holding {@code path}, resolved against the working directory when the path is a bare name. */
    public static Path parent(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalArgumentException(path + " is a root and has no parent folder");
        }
        return parent;
    }
}
