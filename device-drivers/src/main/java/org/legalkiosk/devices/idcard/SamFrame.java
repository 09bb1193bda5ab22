package org.legalkiosk.devices.idcard;

import java.util.Arrays;

/**
 * The frame around every request and answer: {@code AA AA AA 96 69 | LenH LenL | body | CHK}. Len is big-endian
 * and counts the body and CHK; CHK is the XOR of every byte from LenH to the end of the body.
 */
public final class SamFrame {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Longer than the longest answer (text + photo + fingerprint, 2321 bytes); anything beyond is noise. */
    public static final int MAX_LENGTH = 4096;

    private static final int HEADER = PREAMBLE.length + 2;

    private SamFrame() {}

    /** Wraps a body (CMD PARA DATA… or SW1 SW2 SW3 DATA…) into a frame. */
    public static byte[] encode(byte[] body) {
        int length = body.length + 1;
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("frame body too long: " + body.length);
        }
        byte[] frame = new byte[HEADER + length];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (length >> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER, body.length);
        frame[frame.length - 1] = checksum(frame, 5, frame.length - 1);
        return frame;
    }

    /** The body of one complete frame, after checking preamble, length and checksum. */
    public static byte[] decode(byte[] frame) throws SamProtocolException {
        if (frame.length < HEADER + 1 || !Arrays.equals(frame, 0, PREAMBLE.length, PREAMBLE, 0, PREAMBLE.length)) {
            throw new SamProtocolException(SamProtocolException.Kind.MALFORMED, "no frame preamble");
        }
        int length = lengthOf(frame[5], frame[6]);
        if (length != frame.length - HEADER) {
            throw new SamProtocolException(
                    SamProtocolException.Kind.BAD_LENGTH,
                    "length field says " + length + ", frame carries " + (frame.length - HEADER));
        }
        verify(frame);
        return Arrays.copyOfRange(frame, HEADER, frame.length - 1);
    }

    /** XOR of {@code bytes[from..to)}. */
    public static byte checksum(byte[] bytes, int from, int to) {
        byte sum = 0;
        for (int i = from; i < to; i++) {
            sum ^= bytes[i];
        }
        return sum;
    }

    static int lengthOf(byte high, byte low) {
        return ((high & 0xFF) << 8) | (low & 0xFF);
    }

    static void verify(byte[] frame) throws SamProtocolException {
        byte expected = checksum(frame, 5, frame.length - 1);
        if (expected != frame[frame.length - 1]) {
            throw new SamProtocolException(
                    SamProtocolException.Kind.BAD_CHECKSUM,
                    String.format("checksum %02X, computed %02X", frame[frame.length - 1] & 0xFF, expected & 0xFF));
        }
    }
}
