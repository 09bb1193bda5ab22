package org.legalkiosk.booking.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a booking code out of what an office's USB QR scanner typed, or what an officer typed, into a field. The
 * slip's QR code holds the code as the slip prints it, {@code 4KD-7QX} (the receipt and the PDF slip), or bare,
 * {@code 4KD7QX} (the done screen). A scanner is a keyboard: it may send an AIM symbology prefix ({@code ]Q1}), a
 * tab, carriage return or line feed around it, lower case when Caps Lock is on or a Chinese input method holds the
 * letters, and full-width characters ({@code ４ＫＤ－７ＱＸ}) through that input method. All of that is taken off; what
 * is left must be a code with a matching check character. Anything else is said for what it is: another QR code (a
 * payment code, a web address), a code of the wrong length, or one whose check character does not match (a typing
 * slip, or a misread).
 */
public final class SlipCodeReader {

    /** Longer than any slip's payload with a scanner's prefix and suffix, short enough to say "not a slip" at once. */
    public static final int MAX_INPUT = 256;

    /** Why the input is not a booking code. */
    public enum Problem {
        EMPTY,
        /** Longer than {@link #MAX_INPUT}: not a slip's QR code. */
        TOO_LONG,
        /** Characters no booking code has, as in a web address or a payment code: another QR code. */
        NOT_A_SLIP,
        /** Letters and digits, but not six of them. */
        WRONG_LENGTH,
        /** Six characters that fail the check character: mistyped or misread. */
        CHECK_FAILED
    }

    /** The code, or why there is none. */
    public record Reading(String code, Problem problem) {

        public Reading {
            if ((code == null) == (problem == null)) {
                throw new IllegalArgumentException("a reading has a code or a problem");
            }
        }

        public boolean ok() {
            return code != null;
        }
    }

    private SlipCodeReader() {}

    /** What a slip's QR code holds for {@code code} (unformatted): the code as the slip prints it. */
    public static String qrPayload(String code) {
        return BookingCode.format(Objects.requireNonNull(code, "code"));
    }

    public static Reading read(String input) {
        if (input == null || input.isBlank()) {
            return problem(Problem.EMPTY);
        }
        if (input.length() > MAX_INPUT) {
            return problem(Problem.TOO_LONG);
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        // An AIM symbology identifier ("]Q1" for QR Code) that scanners can be set to send before the data.
        text = text.replaceFirst("^\\][A-Za-z][0-9]", "");
        // Control characters (tab, CR, LF, GS), spaces and every kind of hyphen or dash.
        String bare = text.replaceAll("[\\p{Cntrl}\\s\\-\\u2010-\\u2015\\u2212\\u30FC]", "")
                .toUpperCase(Locale.ROOT);
        if (bare.isEmpty()) {
            return problem(Problem.EMPTY);
        }
        if (!bare.matches("[A-Z0-9]+")) {
            return problem(Problem.NOT_A_SLIP);
        }
        if (bare.length() != BookingCode.LENGTH) {
            return problem(Problem.WRONG_LENGTH);
        }
        return BookingCode.isValid(bare) ? new Reading(bare, null) : problem(Problem.CHECK_FAILED);
    }

    private static Reading problem(Problem problem) {
        return new Reading(null, problem);
    }
}
