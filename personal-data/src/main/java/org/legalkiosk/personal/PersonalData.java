package org.legalkiosk.personal;

/**
 * The personal-data rules a screen, a log line or an export needs, in one place: whether an ID number (GB 11643)
 * or a mainland mobile number is plausible, and how each of them and a name is masked wherever it is shown to
 * anyone but its owner. The details behind them (the check character, normalising what was typed, finding numbers
 * in free text) are in {@link IdNumbers}, {@link PhoneNumbers} and {@link TextMasking}.
 */
public final class PersonalData {

    private PersonalData() {}

    /** A plausible resident ID number: 18 characters with the right check character and a known province. */
    public static boolean isValidIdNumber(String number) {
        return IdNumbers.isValid(number);
    }

    /** {@code 620102********1234}. */
    public static String maskIdNumber(String number) {
        return IdNumbers.mask(number);
    }

    /** Exactly 11 digits starting 13 to 19, as {@link PhoneNumbers#normalize} leaves what a person typed. */
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
