package org.legalkiosk.kiosk.service.speech;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English screen shows, as it is said: phone, hotline and code characters one by one ("1 2 3 4 8", not
 * "twelve thousand ..."), ISO dates as "1 December 2026". The English voice reads ordinary numbers and times well
 * by itself.
 */
final class EnglishSpeechNormaliser {

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern PHONE_OR_HOTLINE =
            Pattern.compile("(?<![\\d.])(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}|110|119|120|122|123\\d\\d)(?!\\d|\\.\\d)");
    private static final Pattern MASKED = Pattern.compile("(\\d*)[*＊]{2,}(\\d*)");
    /** Letters and digits mixed, as in a booking code 4KD-7QX, or capitals alone (QR, ID). */
    private static final Pattern CODE =
            Pattern.compile("\\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\\d)[A-Z0-9]++(?:-[A-Z0-9]++)*\\b|\\b[A-Z]{2,3}\\b");

    String normalise(String text) {
        String s = text;
        s = replace(
                s,
                ISO_DATE,
                m -> Integer.parseInt(m.group(3)) + " "
                        + Month.of(Integer.parseInt(m.group(2))).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + m.group(1));
        s = replace(s, MASKED, m -> spaced(m.group(1)) + ", " + spaced(m.group(2)));
        s = replace(s, PHONE_OR_HOTLINE, m -> spaced(m.group(1).replace("-", ",")));
        s = replace(s, CODE, m -> spaced(m.group().replace("-", ",")));
        return s;
    }

    private static String spaced(String chars) {
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (sb.length() > 0 && c != ',') {
                sb.append(' ');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String replace(String s, Pattern pattern, Function<Matcher, String> words) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
