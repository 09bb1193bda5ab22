package org.legalkiosk.content.search;

/**
 * How the words of a text field are written in the index. Every searchable field exists once per script
 * ({@code title}, {@code title.cjk}, {@code title.py}, {@code title.pyi}; {@code title.en} for English
 * explainers).
 */
enum Script {
    /** The characters themselves, segmented into words by SmartChinese. */
    HANZI("", 1.0f),
    /**
     * Overlapping pairs of characters (结婚前 → 结婚, 婚前): catches what SmartChinese cuts differently in a
     * question than in the text ("结婚前" never yields the word 婚前 of a tag 婚前财产).
     */
    BIGRAMS(".cjk", 0.6f),
    /** Full pinyin of each word: "jiehun". */
    PINYIN(".py", 0.9f),
    /** Pinyin initials of each word: "jh". Weighed lower: many words share initials. */
    INITIALS(".pyi", 0.5f),
    /**
     * Full pinyin folded for regional pronunciation ({@link FuzzyPinyin}: z/zh, n/l, en/eng ...): "zaijidi" for
     * 宅基地. Weighed below exact pinyin, which a correct spelling should win.
     */
    FUZZY(".pyf", 0.6f),
    /** English explainers, stemmed. */
    ENGLISH(".en", 1.0f);

    private final String suffix;
    private final float weight;

    Script(String suffix, float weight) {
        this.suffix = suffix;
        this.weight = weight;
    }

    String field(String base) {
        return base + suffix;
    }

    float weight() {
        return weight;
    }

    static Script ofField(String field) {
        if (field.endsWith(".pyf")) {
            return FUZZY;
        }
        if (field.endsWith(".pyi")) {
            return INITIALS;
        }
        if (field.endsWith(".py")) {
            return PINYIN;
        }
        if (field.endsWith(".cjk")) {
            return BIGRAMS;
        }
        if (field.endsWith(".en")) {
            return ENGLISH;
        }
        return HANZI;
    }
}
