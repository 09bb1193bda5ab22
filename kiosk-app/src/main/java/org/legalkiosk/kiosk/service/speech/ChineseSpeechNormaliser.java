package org.legalkiosk.kiosk.service.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what a Chinese screen shows into the words a person would say reading it out: dates
 * (2021年1月1日 → 二零二一年一月一日), times (14:30 → 下午两点半), article numbers (第1127条 → 第一千一百二十七条), money
 * (¥1,200 → 一千二百元), percentages, ranges (3-5天 → 三到五天), phone and hotline numbers digit by digit
 * (12348 → 幺二三四八), booking codes and other letter-and-digit codes one character at a time. Digits left over
 * are read as quantities. Latin letters come out as their Mandarin names in pinyin ({@link LetterNames}), so the
 * Mandarin voice never switches to English; everything else is left for the pinyin transcription.
 */
final class ChineseSpeechNormaliser {

    /** Hotlines a villager dials: said digit by digit, never as "twelve thousand ...". */
    private static final Pattern HOTLINE = Pattern.compile(
            "(?<![\\d.])(110|119|120|122|12315|12333|12338|12345|12348|12351|12368)(?!\\d|\\.\\d|[%％元块岁天年月日个人条万千百])");

    private static final Pattern MOBILE = Pattern.compile("(?<![\\d*])(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    /** A masked number on a slip or review (138****8000): the digits shown, the hidden ones passed over. */
    private static final Pattern MASKED = Pattern.compile("(\\d*)[*＊]{2,}(\\d*)");

    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[-－ ](\\d{7,8})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?=\\s*年)");
    private static final Pattern TIME =
            Pattern.compile("(?<period>上午|下午|中午|晚上|凌晨|早上)?\\s*(?<![\\d:])([01]?\\d|2[0-3])[:：]([0-5]\\d)(?![\\d:])");
    private static final Pattern TIME_RANGE = Pattern.compile("(?<=[点分半])\\s*[–—~～-]\\s*(?=[凌上中下晚])");
    private static final Pattern NUMBER_RANGE =
            Pattern.compile("(?<![A-Za-z\\d.])(\\d+(?:\\.\\d+)?)\\s*[–—~～-]\\s*(\\d+(?:\\.\\d+)?)(?![A-Za-z\\d])");
    private static final Pattern MONEY_SIGN = Pattern.compile("[¥￥]\\s*(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern PERCENT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*[%％]");
    /**
     * A run with at least one letter (a booking code 4KD-7QX, "QR", "A4") is spelled; a run of digits alone is a
     * quantity. One pattern for both, so the pinyin names a code is spelled in are never read as numbers again.
     */
    // Possessive (*+, ++): digits before the first letter are taken once, so a long run of digits costs one pass.
    private static final Pattern CODE_OR_NUMBER = Pattern.compile(
            "(?<code>[0-9]*+[A-Za-z][A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+)|(?<number>\\d[\\d,]*+(?:\\.\\d++)?)");
    /** Signs the English voice would name ("slash", "plus"): said in Chinese, or as a pause. */
    private static final Pattern PAUSE_SIGNS = Pattern.compile("\\s*[/／|｜#＃@＠_]+\\s*");

    /** After a lone 2, these make it 两 (两个人, 两天), as people say it. */
    private static final String MEASURE_WORDS = "个人天年次位件张份岁周名本间亩户口月小";

    String normalise(String text) {
        String s = text;
        s = replace(
                s,
                ISO_DATE,
                m -> ChineseNumberWords.digits(m.group(1), false) + "年"
                        + ChineseNumberWords.quantity(Integer.parseInt(m.group(2))) + "月"
                        + ChineseNumberWords.quantity(Integer.parseInt(m.group(3))) + "日");
        s = replace(s, YEAR, m -> ChineseNumberWords.digits(m.group(1), false));
        s = replace(
                s,
                MOBILE,
                m -> ChineseNumberWords.digits(m.group(1), true) + "，" + ChineseNumberWords.digits(m.group(2), true)
                        + "，" + ChineseNumberWords.digits(m.group(3), true));
        s = replace(
                s,
                MASKED,
                m -> ChineseNumberWords.digits(m.group(1), true) + "，" + ChineseNumberWords.digits(m.group(2), true));
        s = replace(
                s,
                LANDLINE,
                m -> ChineseNumberWords.digits(m.group(1), true) + "，" + ChineseNumberWords.digits(m.group(2), true));
        s = replace(s, HOTLINE, m -> ChineseNumberWords.digits(m.group(1), true));
        s = replace(s, TIME, m -> time(m.group("period"), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        s = TIME_RANGE.matcher(s).replaceAll("到");
        s = replace(s, NUMBER_RANGE, m -> m.group(1) + "到" + m.group(2));
        s = replace(s, MONEY_SIGN, m -> ChineseNumberWords.decimal(m.group(1)) + "元");
        s = replace(s, PERCENT, m -> "百分之" + ChineseNumberWords.decimal(m.group(1)));
        s = s.replace("+", "加").replace("＋", "加").replace("&", "和").replace("＆", "和");
        s = PAUSE_SIGNS.matcher(s).replaceAll("，");
        String source = s;
        s = replace(
                s,
                CODE_OR_NUMBER,
                m -> m.group("code") != null
                        ? spell(m.group("code"))
                        : quantity(m.group("number"), m.end() < source.length() ? source.charAt(m.end()) : ' '));
        return s;
    }

    private static String quantity(String number, char next) {
        String words = ChineseNumberWords.decimal(number);
        return words.equals("二") && MEASURE_WORDS.indexOf(next) >= 0 ? "两" : words;
    }

    /** 14:30 → 下午两点半; a period the text already names (上午9:00) is kept and not said twice. */
    private static String time(String written, int hour, int minute) {
        String period = written != null
                ? written
                : hour < 6 ? "凌晨" : hour < 12 ? "上午" : hour < 13 ? "中午" : hour < 18 ? "下午" : "晚上";
        int twelve = hour > 12 ? hour - 12 : hour;
        String hourWords = twelve == 2 ? "两" : ChineseNumberWords.quantity(twelve);
        String minuteWords = minute == 0
                ? ""
                : minute == 30 ? "半" : (minute < 10 ? "零" : "") + ChineseNumberWords.quantity(minute) + "分";
        return period + hourWords + "点" + minuteWords;
    }

    /** A code one character at a time, a short pause at each dash: 4KD-7QX → 四 kai1 di4，七 kiu1 ai2 ke4 si1. */
    private static String spell(String code) {
        List<String> said = new ArrayList<>();
        for (char c : code.toCharArray()) {
            said.add(
                    c == '-'
                            ? "，"
                            : Character.isDigit(c)
                                    ? ChineseNumberWords.digits(String.valueOf(c), true)
                                    : LetterNames.of(c));
        }
        return String.join(" ", said).replace(" ， ", "，");
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
