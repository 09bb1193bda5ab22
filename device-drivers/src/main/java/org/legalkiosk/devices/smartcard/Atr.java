package org.legalkiosk.devices.smartcard;

import java.util.Arrays;
import java.util.HexFormat;

/** A card's answer-to-reset: identifies the card type (chip, operating system), never the holder. */
public final class Atr {

    private final byte[] bytes;

    private Atr(byte[] bytes) {
        if (bytes.length < 2 || bytes.length > 33) {
            throw new IllegalArgumentException("an ATR has 2 to 33 bytes, got " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static Atr of(byte[] bytes) {
        return new Atr(bytes);
    }

    /** From hex such as {@code 3B 8F 80 01}; spaces are ignored. */
    public static Atr ofHex(String hex) {
        return new Atr(Hex.parse(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Atr other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Atr[" + hex() + "]";
    }
}
