package org.legalkiosk.kiosk.privacy;

import java.util.OptionalInt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process' file-creation mask, set to 077 before anything is written: SQLite's journal files, the log's
 * rolled files, temporary uploads and every file a library creates on the kiosk's behalf are then 0600 (folders
 * 0700), whatever umask the service manager or a technician's shell passed on. Java has no call for it, so the C
 * library's {@code umask(2)} is called through JNA.
 */
public final class ProcessUmask {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessUmask.class);
    /** Group and others get nothing. */
    public static final int PRIVATE = 0077;

    /** The one libc call needed. */
    private interface LibC extends Library {
        int umask(int mask);
    }

    private static volatile LibC libc;

    private ProcessUmask() {}

    /** Makes every file this process creates from now on private to its user; false when it could not. */
    public static boolean restrict() {
        OptionalInt before = set(PRIVATE);
        if (before.isEmpty()) {
            LOG.warn("Could not set the process umask: files libraries create in the data folder follow the "
                    + "inherited umask (run the service with UMask=0077)");
            return false;
        }
        return true;
    }

    /** Sets the mask; answers the one before, or empty where there is no C library to ask (not Linux). */
    public static OptionalInt set(int mask) {
        try {
            LibC c = libc;
            if (c == null) {
                c = Native.load("c", LibC.class);
                libc = c;
            }
            return OptionalInt.of(c.umask(mask));
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
