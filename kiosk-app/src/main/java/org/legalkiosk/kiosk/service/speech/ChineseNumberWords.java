package org.legalkiosk.kiosk.service.speech;

/**
 * Numbers as a Mandarin speaker says them: quantities with their units (一千二百), digit strings one digit at a
 * time (phone numbers and codes, with 一 said 幺 so it cannot be heard as 七), years digit by digit (二零二一).
 */
final class ChineseNumberWords {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
    private static final String[] BIG_UNITS = {"", "万", "亿"};

    private ChineseNumberWords() {}

    /** 1127 → 一千一百二十七, 10 → 十, 2000 → 两千, 10500 → 一万零五百, 0 → 零. Up to 9999 亿. */
    static String quantity(long n) {
        if (n < 0) {
            return "负" + quantity(-n);
        }
        if (n == 0) {
            return "零";
        }
        if (n >= 1_0000_0000_0000L) {
            return digits(Long.toString(n), false);
        }
        StringBuilder sb = new StringBuilder();
        boolean zeroPending = false;
        for (int group = 2; group >= 0; group--) {
            int part = (int) (n / pow10000(group) % 10000);
            if (part == 0) {
                zeroPending = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (zeroPending || part < 1000)) {
                sb.append('零');
            }
            sb.append(belowTenThousand(part)).append(BIG_UNITS[group]);
            zeroPending = false;
        }
        String words = sb.toString();
        // People say 十二 rather than 一十二, and 两千 / 两万 / 两亿 rather than 二千.
        if (words.startsWith("一十")) {
            words = words.substring(1);
        }
        if (words.length() > 1 && words.charAt(0) == '二' && "千万亿".indexOf(words.charAt(1)) >= 0) {
            words = "两" + words.substring(1);
        }
        return words;
    }

    /** A decimal such as 3.5 → 三点五 (the part after the point digit by digit). */
    static String decimal(String number) {
        String plain = number.replace(",", "");
        int point = plain.indexOf('.');
        if (point < 0) {
            return quantity(Long.parseLong(plain));
        }
        String whole = point == 0 ? "0" : plain.substring(0, point);
        String fraction = plain.substring(point + 1);
        return quantity(Long.parseLong(whole)) + (fraction.isEmpty() ? "" : "点" + digits(fraction, false));
    }

    /** One digit at a time: 12348 → 幺二三四八 when {@code phoneStyle}, else 一二三四八 (years). */
    static String digits(String digitString, boolean phoneStyle) {
        StringBuilder sb = new StringBuilder();
        for (char c : digitString.toCharArray()) {
            if (c >= '0' && c <= '9') {
                sb.append(phoneStyle && c == '1' ? '幺' : DIGITS.charAt(c - '0'));
            }
        }
        return sb.toString();
    }

    private static String belowTenThousand(int n) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int pos = 3; pos >= 0; pos--) {
            int d = n / (int) Math.pow(10, pos) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            sb.append(DIGITS.charAt(d)).append(SMALL_UNITS[pos]);
        }
        return sb.toString();
    }

    private static long pow10000(int group) {
        return group == 0 ? 1 : group == 1 ? 1_0000L : 1_0000_0000L;
    }
}
