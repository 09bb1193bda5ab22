package org.legalkiosk.personal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks resident ID numbers (18 characters, the last may be X) and mainland mobile numbers (11 digits from 13 to
 * 19) wherever they stand in free text, before the text reaches a log or an audit log. Each number found is masked
 * as everywhere else ({@link IdNumbers#mask}, {@link PhoneNumbers#mask}): {@code 110101199003077777} becomes
 * {@code 110101********7777}, {@code 13912345678} becomes {@code 139****5678}.
 * <p>
 * The check character is deliberately not checked: a mistyped number is still somebody's number.
 */
public final class TextMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    private TextMasking() {}

    /** The text with every ID number and mobile number in it masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = replaceAll(ID_NUMBER.matcher(text), IdNumbers::mask);
        return replaceAll(PHONE.matcher(masked), PhoneNumbers::mask);
    }

    private static String replaceAll(Matcher matcher, UnaryOperator<String> mask) {
        return matcher.replaceAll(match -> Matcher.quoteReplacement(mask.apply(match.group())));
    }
}
