package org.legalkiosk.devices.smartcard;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An application identifier or DF name to SELECT: 1 to 16 bytes (ISO 7816-4). Chinese social-security cards
 * use a GBK name, {@link #SOCIAL_SECURITY}.
 */
public final class Aid {

    /** "sx1.sh.社会保障" in GBK, the DF of the 社保卡 that is readable without a PSAM. */
    public static final Aid SOCIAL_SECURITY = ofName("sx1.sh.社会保障", Charset.forName("GBK"));

    private final byte[] bytes;

    private Aid(byte[] bytes) {
        if (bytes.length < 1 || bytes.length > 16) {
            throw new IllegalArgumentException("an AID or DF name has 1 to 16 bytes, got " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static Aid of(byte[] bytes) {
        return new Aid(bytes);
    }

    /** From hex such as {@code A0 00 00 03 33 01 01}; spaces are ignored. */
    public static Aid ofHex(String hex) {
        return new Aid(Hex.parse(hex));
    }

    public static Aid ofName(String name, Charset charset) {
        return new Aid(name.getBytes(charset));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aid other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Aid[" + hex() + "]";
    }
}
