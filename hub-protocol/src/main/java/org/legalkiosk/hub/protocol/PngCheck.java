package org.legalkiosk.hub.protocol;

import java.nio.ByteBuffer;

/**
 * Checks that bytes are a PNG of a sensible size before anyone stores or shows them: the signature, an IHDR chunk
 * first, and width and height within {@link Limits#MAX_SCREENSHOT_SIDE}. Decoding is left to the browser; this only
 * keeps anything that is not a screenshot out.
 */
public final class PngCheck {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Width and height from the header. */
    public record Size(int width, int height) {}

    private PngCheck() {}

    /** The picture's size, or an {@link IllegalArgumentException} saying what is wrong. */
    public static Size check(byte[] png) {
        if (png.length > Limits.MAX_SCREENSHOT_BYTES) {
            throw new IllegalArgumentException(
                    "the screenshot is larger than " + Limits.MAX_SCREENSHOT_BYTES + " bytes");
        }
        if (png.length < 33) {
            throw new IllegalArgumentException("the screenshot is too short to be a PNG");
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                throw new IllegalArgumentException("the screenshot is not a PNG (wrong signature)");
            }
        }
        ByteBuffer header = ByteBuffer.wrap(png, 8, 25);
        int length = header.getInt();
        byte[] type = new byte[4];
        header.get(type);
        if (length != 13 || !new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new IllegalArgumentException("the screenshot is not a PNG (no IHDR header first)");
        }
        int width = header.getInt();
        int height = header.getInt();
        if (width <= 0 || height <= 0 || width > Limits.MAX_SCREENSHOT_SIDE || height > Limits.MAX_SCREENSHOT_SIDE) {
            throw new IllegalArgumentException("the screenshot's size " + Integer.toUnsignedString(width) + " x "
                    + Integer.toUnsignedString(height) + " is outside 1.." + Limits.MAX_SCREENSHOT_SIDE);
        }
        return new Size(width, height);
    }
}
