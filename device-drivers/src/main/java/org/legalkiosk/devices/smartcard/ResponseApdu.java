package org.legalkiosk.devices.smartcard;

import java.util.Arrays;

/** A card's answer: data (possibly empty) and the two status bytes. Its text never shows the data. */
public final class ResponseApdu {

    private final byte[] data;
    private final int sw;

    public ResponseApdu(byte[] data, int sw) {
        if (sw < 0 || sw > 0xFFFF) {
            throw new IllegalArgumentException("status word out of range: " + sw);
        }
        this.data = data.clone();
        this.sw = sw;
    }

    /** From the bytes as they travel: data followed by SW1 SW2. */
    public static ResponseApdu parse(byte[] raw) {
        if (raw.length < 2) {
            throw new IllegalArgumentException("a response APDU has at least the two status bytes, got " + raw.length);
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new ResponseApdu(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    public static ResponseApdu ok(byte[] data) {
        return new ResponseApdu(data, StatusWords.OK);
    }

    public static ResponseApdu status(int sw) {
        return new ResponseApdu(new byte[0], sw);
    }

    public byte[] data() {
        return data.clone();
    }

    public int sw() {
        return sw;
    }

    public boolean isOk() {
        return sw == StatusWords.OK;
    }

    public byte[] bytes() {
        byte[] raw = Arrays.copyOf(data, data.length + 2);
        raw[data.length] = (byte) (sw >> 8);
        raw[data.length + 1] = (byte) sw;
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu other && sw == other.sw && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw;
    }

    @Override
    public String toString() {
        return String.format("ResponseApdu[%d bytes, SW=%04X]", data.length, sw);
    }
}
