package org.legalkiosk.booking.store;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The opaque position in the booking export: the base64url form (no padding, 11 characters) of the last change
 * sequence number a caller has seen. Opaque so callers store and send it back without building their own, and the
 * store may change what it holds later.
 */
public final class ExportCursor {

    /** The position before every change. */
    public static final String START = encode(0);

    private ExportCursor() {}

    public static String encode(long change) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(change).array());
    }

    /** @throws IllegalArgumentException when the text is not a cursor this store handed out */
    public static long decode(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
        if (bytes.length != Long.BYTES) {
            throw notACursor();
        }
        long change = ByteBuffer.wrap(bytes).getLong();
        if (change < 0) {
            throw notACursor();
        }
        return change;
    }

    private static IllegalArgumentException notACursor() {
        return new IllegalArgumentException(
                "not a cursor from an earlier export (leave it out to start from the beginning)");
    }
}
