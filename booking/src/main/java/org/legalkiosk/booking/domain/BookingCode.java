package org.legalkiosk.booking.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Booking codes: five random characters and a check character, read aloud as {@code 4KD-7QX}.
 * <p>
 * The alphabet leaves out characters people confuse when reading, hearing or typing: 0/O, 1/I, and also B (8),
 * S (5) and Z (2). That leaves 29 characters, a prime, so the weighted check character (weights 2..6 for the
 * random characters, 1 for the check, sum 0 mod 29) catches every single wrong character and every swap of two
 * neighbours. 29^5 is about twenty million codes, plenty for one terminal; the store still checks uniqueness.
 */
public final class BookingCode {

    public static final String ALPHABET = "23456789ACDEFGHJKLMNPQRTUVWXY";
    public static final int LENGTH = 6;
    private static final int MODULUS = ALPHABET.length();

    private BookingCode() {}

    /** A new random code, unformatted (six characters). */
    public static String generate(Random random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH - 1; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(MODULUS));
        }
        code[LENGTH - 1] = checkCharacter(new String(code, 0, LENGTH - 1));
        return new String(code);
    }

    /** The check character for five characters of the alphabet. */
    public static char checkCharacter(String body) {
        if (body == null || body.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected " + (LENGTH - 1) + " characters");
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a booking code character: " + body.charAt(i));
            }
            sum += value * (i + 2);
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    /** True for six characters of the alphabet with a matching check character (unformatted, upper case). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /**
     * What a person typed or a scanner read, as a valid code: upper-cased, with spaces and hyphens removed;
     * empty when it is not a valid code.
     */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return isValid(code) ? Optional.of(code) : Optional.empty();
    }

    /** Two groups of three, easier to read aloud and to copy: {@code 4KD-7QX}. */
    public static String format(String code) {
        if (code == null || code.length() != LENGTH) {
            throw new IllegalArgumentException("expected a " + LENGTH + "-character code");
        }
        return code.substring(0, 3) + "-" + code.substring(3);
    }
}
