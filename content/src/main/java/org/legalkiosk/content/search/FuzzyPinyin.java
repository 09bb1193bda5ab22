package org.legalkiosk.content.search;

/**
 * Folds pinyin the way regional Mandarin blurs it, so "zaijidi" meets 宅基地 and "nihun" meets 离婚: z/zh, c/ch,
 * s/sh, n/l, en/eng and in/ing become one. Applied to whole letter runs, the same way on the index side and the
 * query side, so a word and the letters typed for it always fold alike.
 */
final class FuzzyPinyin {

    private FuzzyPinyin() {}

    static String fold(String letters) {
        StringBuilder sb = new StringBuilder(letters.length());
        int n = letters.length();
        for (int i = 0; i < n; i++) {
            char c = letters.charAt(i);
            char next = i + 1 < n ? letters.charAt(i + 1) : 0;
            if ((c == 'z' || c == 'c' || c == 's') && next == 'h') {
                sb.append(c);
                i++;
            } else if (c == 'l') {
                sb.append('n');
            } else if ((c == 'e' || c == 'i') && next == 'n' && i + 2 < n && letters.charAt(i + 2) == 'g') {
                sb.append(c).append('n');
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
