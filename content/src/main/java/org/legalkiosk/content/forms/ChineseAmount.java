package org.legalkiosk.content.forms;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Amounts of money written out in capital numerals (大写), as courts, banks and the model complaint texts want them
 * next to the figure: 10500 → 壹万零伍佰元整. The rules are those of the People's Bank's 支付结算办法 (附一 正确填写票据和
 * 结算凭证的基本规定): 壹拾 never 拾, 整 after 元 when there are no 角 or 分, none after 角; one 零 for a run of zeros
 * inside the number; where the standard allows a 零 or none (元位 is 0 before 角, a 万位 of 0), this writes
 * 元零伍角 and 壹拾万柒仟, the first of the standard's own two examples.
 */
public final class ChineseAmount {

    /** The largest amount the forms accept: 9999亿 and change, far above any claim a villager files. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿"};

    private ChineseAmount() {}

    /**
     * The amount in capitals, without the 人民币 prefix.
     *
     * @throws IllegalArgumentException for a negative amount, more than two decimals or more than {@link #MAX}
     */
    public static String of(BigDecimal amount) {
        check(amount);
        BigInteger fen = amount.movePointRight(2).toBigIntegerExact();
        long yuan = fen.divide(BigInteger.valueOf(100)).longValueExact();
        int jiao = fen.mod(BigInteger.valueOf(100)).intValue() / 10;
        int fenDigit = fen.mod(BigInteger.TEN).intValue();
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return yuan == 0 ? "零元整" : out.append('整').toString();
        }
        // The standard's 1680.32 → 壹仟陆佰捌拾元零叁角贰分 and 325.04 → 叁佰贰拾伍元零肆分.
        boolean zeroBeforeFraction = yuan > 0 && (yuan % 10 == 0 || jiao == 0);
        if (zeroBeforeFraction) {
            out.append('零');
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        if (fenDigit > 0) {
            out.append(DIGITS.charAt(fenDigit)).append('分');
        }
        return out.toString();
    }

    /** Why {@code amount} cannot be written out, or null when it can. */
    public static String problem(BigDecimal amount) {
        if (amount == null) {
            return "no amount";
        }
        if (amount.signum() < 0) {
            return "a negative amount";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "more than two decimals (fen are the smallest unit)";
        }
        if (amount.compareTo(MAX) > 0) {
            return "more than " + MAX.toPlainString();
        }
        return null;
    }

    private static void check(BigDecimal amount) {
        String problem = problem(amount);
        if (problem != null) {
            throw new IllegalArgumentException("cannot write " + amount + " in capitals: " + problem);
        }
    }

    /** Whole yuan, 1 to 9999_9999_9999, in groups of four digits under 亿, 万 and the units. */
    private static String integer(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - 1 - i;
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zeroPending = out.length() > 0;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS.charAt(digit)).append(SMALL_UNITS[position % 4]);
                groupHasDigit = true;
            }
            if (position % 4 == 0 && position > 0) {
                if (groupHasDigit) {
                    out.append(GROUP_UNITS[position / 4]);
                    // A 万位 of 0 right after the unit needs no 零: 壹拾万柒仟, as the standard's first example.
                    zeroPending = false;
                }
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
