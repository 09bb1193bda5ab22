package org.legalkiosk.devices.smartcard;

import java.util.Arrays;

/** Command APDUs the kiosk sends (ISO 7816-4). */
public final class Apdus {

    static final int INS_SELECT = 0xA4;
    static final int SELECT_BY_NAME = 0x04;

    private Apdus() {}

    /**
     * SELECT by DF name, first or only occurrence, FCI wanted: {@code 00 A4 04 00 Lc AID 00}. Le is sent (case 4)
     * because some cards answer 6700 without it; on T=0 the reader's stack turns it into GET RESPONSE.
     */
    public static byte[] select(Aid aid) {
        byte[] name = aid.bytes();
        byte[] apdu = new byte[5 + name.length + 1];
        apdu[1] = (byte) INS_SELECT;
        apdu[2] = SELECT_BY_NAME;
        apdu[4] = (byte) name.length;
        System.arraycopy(name, 0, apdu, 5, name.length);
        return apdu;
    }

    /** The name a SELECT by name carries, or null when the APDU is something else. */
    static Aid selectedName(byte[] apdu) {
        if (apdu.length < 6 || (apdu[1] & 0xFF) != INS_SELECT || apdu[2] != SELECT_BY_NAME) {
            return null;
        }
        int lc = apdu[4] & 0xFF;
        if (lc == 0 || apdu.length < 5 + lc) {
            return null;
        }
        return Aid.of(Arrays.copyOfRange(apdu, 5, 5 + lc));
    }

    /** Rejects what is not a well-formed short command APDU, before it reaches the card. */
    static void requireWellFormed(byte[] apdu) {
        if (apdu.length < 4) {
            throw new IllegalArgumentException(
                    "a command APDU has at least CLA INS P1 P2, got " + apdu.length + " bytes");
        }
        if (apdu.length > 5) {
            int lc = apdu[4] & 0xFF;
            int rest = apdu.length - 5;
            if (lc == 0 || (rest != lc && rest != lc + 1)) {
                throw new IllegalArgumentException("command APDU of " + apdu.length + " bytes does not match Lc " + lc);
            }
        }
    }
}
