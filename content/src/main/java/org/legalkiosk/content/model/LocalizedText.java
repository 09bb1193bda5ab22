package org.legalkiosk.content.model;

import java.util.Objects;

/**
 * A short text in Chinese and, optionally, English. Asking for English when there is none gives the Chinese,
 * because showing something true in Chinese beats showing nothing.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Language language) {
        if (language == Language.EN && en != null && !en.isBlank()) {
            return en;
        }
        return zh;
    }
}
