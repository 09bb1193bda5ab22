package org.legalkiosk.devices.smartcard;

import java.util.HexFormat;

/** Hex text as people write it in card specifications: upper or lower case, with or without spaces. */
final class Hex {

    private Hex() {}

    static byte[] parse(String hex) {
        String compact = hex.replaceAll("\\s+", "");
        try {
            return HexFormat.of().parseHex(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not hex: '" + hex + "'", e);
        }
    }

    static String format(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
