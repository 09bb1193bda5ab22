package org.legalkiosk.kiosk.agent.usb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies a stream but never more than a limit: a file that grows while it is read cannot fill the disk. */
final class BoundedCopy {

    /** The source had more than the limit; what was written so far is the caller's to delete. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private BoundedCopy() {}

    /** Copies all of {@code in}; answers the bytes copied, or throws once more than {@code limit} arrived. */
    static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total + 1))) >= 0) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
