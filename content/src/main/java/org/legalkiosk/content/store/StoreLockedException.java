package org.legalkiosk.content.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The store is open elsewhere: it allows one holder at a time (a lock file under its root), and another process
 * (a {@code legalkiosk content} command, a second kiosk on the same folder) or another {@link ContentStore} in
 * this one holds it. Nothing was read or changed; the caller may try again once the holder is done.
 */
public final class StoreLockedException extends IOException {

    private final Path root;

    public StoreLockedException(Path root) {
        super("the content store " + root + " is in use by another process");
        this.root = root;
    }

    /** The store's folder. */
    public Path root() {
        return root;
    }
}
