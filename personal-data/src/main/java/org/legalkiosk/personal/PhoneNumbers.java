package org.legalkiosk.personal;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13 to 19; masking for slips, screens and logs. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private PhoneNumbers() {}

    /**
     * The bare 11 digits of what a person typed: spaces and hyphens removed and a leading +86 or 0086 dropped.
     * The result is not necessarily valid.
     */
    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        String digits = SEPARATORS.matcher(input).replaceAll("");
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        return digits;
    }

    /** True for exactly 11 ASCII digits starting 13 to 19 (no separators: call {@link #normalize} first). */
    public static boolean isValidMobile(String number) {
        return number != null && MOBILE.matcher(number).matches();
    }

    /**
     * Keeps the first three and last four digits: {@code 138****5678}. Anything shorter than eight characters is
     * hidden entirely, so a fragment never shows more than it hides.
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() < 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
