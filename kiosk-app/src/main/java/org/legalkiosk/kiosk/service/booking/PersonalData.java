package org.legalkiosk.kiosk.service.booking;

import org.legalkiosk.devices.idcard.IdNumbers;
import org.legalkiosk.kiosk.booking.domain.PhoneNumbers;

/**
 * Validation and masking of what a person enters, for screens that may not reach the device layer themselves:
 * ID numbers per GB 11643 (the check character), mainland mobile numbers, and names.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** A plausible resident ID number: 18 characters with the right check character and a known province. */
    public static boolean isValidIdNumber(String number) {
        return IdNumbers.isValid(number);
    }

    /** {@code 620102********1234}. */
    public static String maskIdNumber(String number) {
        return IdNumbers.mask(number);
    }

    public static boolean isValidMobile(String number) {
        return PhoneNumbers.isValidMobile(number);
    }

    /** {@code 138****5678}. */
    public static String maskPhone(String number) {
        return PhoneNumbers.mask(number);
    }

    /** The first character and a star for every other one ({@code 张**}); a one-character name is all stars. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return rest == 0 ? "*" : trimmed.substring(0, first) + "*".repeat(rest);
    }
}
