package org.legalkiosk.kiosk.service.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences, so a reading can be paused and resumed at a sentence, and a change of volume is
 * heard from the next sentence instead of only after a six-minute explainer ends.
 */
public final class Sentences {

    private Sentences() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            boolean end = "。！？；!?\n".indexOf(c) >= 0
                    || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                add(current, out);
            }
        }
        add(current, out);
        return out;
    }

    private static void add(StringBuilder current, List<String> out) {
        String sentence = current.toString().strip();
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
        current.setLength(0);
    }
}
