package org.legalkiosk.content.statute;

/**
 * Chinese article numbers as statutes write them ({@code 第一千零四十条}) to and from integers.
 * Covers 1 to 9999, the range laws use.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** Parses 一千一百二十七 to 1127; throws {@link NumberFormatException} on anything else. */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            throw new NumberFormatException("empty Chinese numeral");
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = DIGITS.indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit > 0) {
                    throw new NumberFormatException("two digits in a row in '" + numeral + "'");
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new NumberFormatException("'" + c + "' is not a Chinese numeral in '" + numeral + "'");
            };
            // A bare 十 at the start means 一十 (第十条); elsewhere a unit needs a digit before it.
            if (digit <= 0) {
                if (unit == 10 && i == 0) {
                    digit = 1;
                } else {
                    throw new NumberFormatException("unit without a digit in '" + numeral + "'");
                }
            }
            total += digit * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    /** Formats 1127 as 一千一百二十七 and 12 as 十二, the way the statutes number their articles. */
    public static String format(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("article numbers run from 1 to 9999: " + n);
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            if (parts[i] == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            sb.append(DIGITS.charAt(parts[i])).append(units[i]);
        }
        if (n >= 10 && n < 20) {
            sb.deleteCharAt(0);
        }
        return sb.toString();
    }
}
