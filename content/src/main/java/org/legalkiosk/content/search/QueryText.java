package org.legalkiosk.content.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a villager typed, made safe to search with: at most {@link #MAX_LENGTH} characters, full-width letters
 * folded (ｊｉｅｈｕｎ), accents and tone marks dropped (jiéhūn), and everything that is not a letter or a digit
 * (brackets, quotes, wildcards, emoji) turned into a space. Queries are built from terms, never parsed, so no
 * character can have a syntax meaning. It splits into the Chinese part and the runs of Latin letters.
 *
 * @param text        the cleaned text: letters, digits and single spaces
 * @param chinese     the text with the Latin words blanked out: what goes to the Chinese fields
 * @param latinWords  the runs of ASCII letters: pinyin (or English words)
 */
record QueryText(String text, String chinese, List<String> latinWords) {

    static final int MAX_LENGTH = 64;
    /** Anything longer is cut before normalising, so a pasted book costs no more than a question. */
    private static final int MAX_RAW_LENGTH = 4 * MAX_LENGTH;

    static final QueryText EMPTY = new QueryText("", "", List.of());

    QueryText {
        latinWords = List.copyOf(latinWords);
    }

    static QueryText of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        String cut = raw.length() > MAX_RAW_LENGTH ? raw.substring(0, MAX_RAW_LENGTH) : raw;
        String text = clean(cut);
        if (text.isEmpty()) {
            return EMPTY;
        }
        StringBuilder chinese = new StringBuilder();
        List<String> latin = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                word.append(c);
                chinese.append(' ');
            } else {
                if (!word.isEmpty()) {
                    latin.add(word.toString());
                    word.setLength(0);
                }
                chinese.append(c);
            }
        }
        if (!word.isEmpty()) {
            latin.add(word.toString());
        }
        return new QueryText(text, chinese.toString().strip(), latin);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean hasChinese() {
        return !chinese.isBlank();
    }

    /** The Latin letters without the spaces between them: "jie hun" and "jiehun" are the same pinyin. */
    String pinyinLetters() {
        return String.join("", latinWords);
    }

    /** Letters and digits, single spaces, lower case, at most {@link #MAX_LENGTH} characters. */
    static String clean(String raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        int kept = 0;
        boolean space = true;
        for (int i = 0; i < decomposed.length() && kept < MAX_LENGTH; ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                kept++;
                space = false;
            } else if (!space) {
                sb.append(' ');
                kept++;
                space = true;
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC).strip();
    }
}
