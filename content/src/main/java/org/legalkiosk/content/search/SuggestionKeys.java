package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a title or tag is suggested: what a villager may have typed so far. A suggestion
 * matches when a key starts with the typed text, and a key starts at every character (so 登 finds
 * 结婚登记), in characters, full pinyin and initials; for English, at every word.
 */
final class SuggestionKeys {

    /** Keys are cut to this length: nobody types more before picking a suggestion. */
    static final int MAX_KEY = 40;
    /** Characters spelled out per pinyin key (a syllable is up to six letters). */
    private static final int MAX_SPELLED = 8;

    private SuggestionKeys() {}

    /** Letters and digits only, lower case: what typed text and keys are compared as. */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static List<String> hanzi(String text) {
        String compact = compact(text);
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < compact.length(); i++) {
            if (i == 0 || Pinyin.isHan(compact.charAt(i))) {
                keys.add(cut(compact.substring(i)));
            }
        }
        return List.copyOf(keys);
    }

    /** Full pinyin ({@code initials == false}) or initials keys, from every Chinese character on. */
    static List<String> pinyin(String text, Pinyin pinyin, boolean initials) {
        String compact = compact(text);
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < compact.length(); i++) {
            if (!Pinyin.isHan(compact.charAt(i))) {
                continue;
            }
            List<String> spellings = List.of("");
            for (int j = i; j < Math.min(compact.length(), i + MAX_SPELLED); j++) {
                char c = compact.charAt(j);
                List<String> options = Pinyin.isHan(c) ? pinyin.readings(c) : List.of(String.valueOf(c));
                if (options.isEmpty()) {
                    break;
                }
                spellings = Pinyin.extend(spellings, options, initials);
            }
            spellings.forEach(s -> keys.add(cut(s)));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /** English: lower-case words, one space between them, a key from every word on. */
    static List<String> english(String text) {
        String words = englishWords(text);
        List<String> keys = new ArrayList<>();
        if (words.isEmpty()) {
            return keys;
        }
        keys.add(cut(words));
        for (int i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) {
            keys.add(cut(words.substring(i + 1)));
        }
        return keys;
    }

    static String englishWords(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
    }

    static String cut(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
