package org.legalkiosk.devices.smartcard;

import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

/** ISO 7816-4 status words: what they mean to a person and which {@link Reason} they are. */
public final class StatusWords {

    public static final int OK = 0x9000;

    private StatusWords() {}

    /** Returns the answer when its status is 90 00, else throws what the status word means. */
    public static ResponseApdu check(String command, ResponseApdu answer) throws SmartCardException {
        if (answer.isOk()) {
            return answer;
        }
        int sw = answer.sw();
        throw new SmartCardException(
                reason(sw), sw, String.format("%s: card answered %04X (%s)", command, sw, meaning(sw)), null);
    }

    public static Reason reason(int sw) {
        if ((sw & 0xFFF0) == 0x63C0) {
            return Reason.ACCESS_DENIED;
        }
        return switch (sw) {
            case 0x6A82, 0x6A83, 0x6A88 -> Reason.NOT_FOUND;
            case 0x6982, 0x6983 -> Reason.ACCESS_DENIED;
            case 0x6283,
                    0x6700,
                    0x6881,
                    0x6882,
                    0x6984,
                    0x6985,
                    0x6986,
                    0x6A80,
                    0x6A81,
                    0x6A86,
                    0x6B00,
                    0x6D00,
                    0x6E00 -> Reason.REJECTED;
            default -> (sw & 0xFF00) == 0x6C00 ? Reason.REJECTED : Reason.CARD_ERROR;
        };
    }

    public static String meaning(int sw) {
        if ((sw & 0xFFF0) == 0x63C0) {
            return "wrong PIN, " + (sw & 0x0F) + " tries left";
        }
        if ((sw & 0xFF00) == 0x6C00) {
            return "wrong Le, the card has " + (sw & 0xFF) + " bytes";
        }
        if ((sw & 0xFF00) == 0x6100) {
            return (sw & 0xFF) + " more bytes waiting";
        }
        return switch (sw) {
            case OK -> "success";
            case 0x6283 -> "the selected application is deactivated";
            case 0x6581 -> "memory failure";
            case 0x6700 -> "wrong length";
            case 0x6881 -> "logical channel not supported";
            case 0x6882 -> "secure messaging not supported";
            case 0x6982 -> "security status not satisfied: PIN or PSAM authentication needed";
            case 0x6983 -> "authentication method blocked";
            case 0x6984 -> "reference data not usable";
            case 0x6985 -> "conditions of use not satisfied";
            case 0x6986 -> "command not allowed: no current file";
            case 0x6A80 -> "incorrect data";
            case 0x6A81 -> "function not supported";
            case 0x6A82 -> "application or file not found";
            case 0x6A83 -> "record not found";
            case 0x6A86 -> "incorrect P1 P2";
            case 0x6A88 -> "referenced data not found";
            case 0x6B00 -> "wrong parameters";
            case 0x6D00 -> "instruction not supported";
            case 0x6E00 -> "class not supported";
            case 0x6F00 -> "card error without diagnosis";
            default -> "undefined status";
        };
    }
}
