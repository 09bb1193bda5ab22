package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Pinyin of Chinese words, from ICU's Han-Latin transliteration (plus {@link PolyphonicReadings}). Tones are
 * dropped, because an on-screen Latin keyboard has none; ü is written both "u" (ICU's Latin-ASCII) and "v"
 * (what pinyin input methods use), so 女儿 is "nuer" and "nver".
 */
final class Pinyin {

    /** A word with several polyphonic characters could have dozens of spellings; a few are enough to be found. */
    private static final int MAX_SPELLINGS = 4;

    /** The spellings of one word: {@code full} ("jiehun"), {@code initials} ("jh"), ICU's syllables ("jie", "hun"). */
    record Word(List<String> full, List<String> initials, List<String> syllables) {

        static final Word NONE = new Word(List.of(), List.of(), List.of());

        boolean isEmpty() {
            return full.isEmpty();
        }
    }

    private static final Pinyin SHARED = new Pinyin();

    private final Transliterator hanToLatin = Transliterator.getInstance("Han-Latin");
    private final Transliterator latinToAscii = Transliterator.getInstance("Latin-ASCII; Lower");
    private final Map<Character, List<String>> readings = new ConcurrentHashMap<>();

    /** One converter per process: creating the ICU transliterators takes about half a second. */
    static Pinyin shared() {
        return SHARED;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean containsHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spellings of a word made only of Han characters; {@link Word#NONE} for anything else (digits, Latin,
     * punctuation), which has no pinyin.
     */
    Word word(String word) {
        if (word.isEmpty()) {
            return Word.NONE;
        }
        List<String> full = List.of("");
        List<String> initials = List.of("");
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            List<String> options = readings(word.charAt(i));
            if (options.isEmpty()) {
                return Word.NONE;
            }
            syllables.add(options.get(0));
            full = extend(full, options, false);
            initials = extend(initials, options, true);
        }
        return new Word(full, initials, List.copyOf(syllables));
    }

    /** Every prefix followed by every option (or its first letter), at most {@link #MAX_SPELLINGS} in all. */
    static List<String> extend(List<String> prefixes, List<String> options, boolean firstLetterOnly) {
        Set<String> result = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String option : options) {
                result.add(prefix + (firstLetterOnly ? option.substring(0, 1) : option));
                if (result.size() == MAX_SPELLINGS) {
                    return List.copyOf(result);
                }
            }
        }
        return List.copyOf(result);
    }

    /** The readings of one character, ICU's first; empty when it is not a Han character ICU knows. */
    List<String> readings(char c) {
        if (!isHan(c)) {
            return List.of();
        }
        List<String> known = readings.get(c);
        if (known == null) {
            known = transliterate(c);
            readings.put(c, known);
        }
        return known;
    }

    /** ICU transliterators are not safe for concurrent use; this runs once per distinct character. */
    private synchronized List<String> transliterate(char c) {
        String latin = hanToLatin.transliterate(String.valueOf(c)).strip();
        Set<String> result = new LinkedHashSet<>();
        String ascii = asciiLetters(latinToAscii.transliterate(latin));
        if (ascii.isEmpty()) {
            return List.of();
        }
        result.add(ascii);
        String withV = asciiLetters(latinToAscii.transliterate(latin.replaceAll("[üǖǘǚǜ]", "v")));
        if (!withV.isEmpty()) {
            result.add(withV);
        }
        result.addAll(PolyphonicReadings.extra(c));
        return List.copyOf(result);
    }

    private static String asciiLetters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else {
                return "";
            }
        }
        return sb.toString();
    }
}
