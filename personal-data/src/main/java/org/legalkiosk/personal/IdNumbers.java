package org.legalkiosk.personal;

import java.util.Set;

/**
 * Citizen ID numbers (GB 11643-1999): the ISO 7064 MOD 11-2 check character and masking for logs and screens.
 * Region codes are retired but never reused, so old cards carry codes that no longer exist: only the
 * province prefix is checked, never the full region.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private IdNumbers() {}

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The 17 digits followed by their check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** True when the number is 17 digits and the right check character (a lower-case x is accepted). */
    public static boolean hasValidCheckCharacter(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String first17 = number.substring(0, 17);
        if (!first17.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Character.toUpperCase(number.charAt(17)) == checkCharacter(first17);
    }

    /**
     * True for a plausible number: valid check character and a known province prefix; new foreigner
     * permanent residence numbers start with 9.
     */
    public static boolean isValid(String number) {
        return hasValidCheckCharacter(number)
                && (PROVINCES.contains(number.substring(0, 2)) || number.charAt(0) == '9');
    }

    /**
     * Hides the middle of a number for logs and screens: {@code 620102********1234}. Numbers shorter than ten
     * characters are hidden entirely.
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() < 10) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }
}
