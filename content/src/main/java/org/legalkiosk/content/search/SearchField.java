package org.legalkiosk.content.search;

import java.util.List;

/**
 * The searchable text fields and how much a match in each counts. Explainer fields weigh more than statute
 * fields: a villager's everyday question is better answered by an explainer than by the article behind it,
 * which stays one tap away in the results.
 */
enum SearchField {
    TITLE("title", 4.0f),
    TAGS("tags", 4.0f),
    SUMMARY("summary", 2.0f),
    BODY("body", 1.0f),
    LAW_NAME("law", 0.3f),
    LABEL("label", 0.6f),
    ARTICLE_TEXT("text", 0.5f);

    static final List<SearchField> EXPLAINER = List.of(TITLE, TAGS, SUMMARY, BODY);
    static final List<SearchField> ARTICLE = List.of(LAW_NAME, LABEL, ARTICLE_TEXT);
    /** The fields whose text a result's snippet is cut from (an explainer's summary and body, an article's text). */
    static final List<SearchField> SHOWN = List.of(SUMMARY, BODY, ARTICLE_TEXT);

    private final String base;
    private final float weight;

    SearchField(String base, float weight) {
        this.base = base;
        this.weight = weight;
    }

    String in(Script script) {
        return script.field(base);
    }

    float weight() {
        return weight;
    }

    /**
     * English is indexed for English explainers only, statutes existing in Chinese alone. Initials are left out
     * of statutes: over a whole code almost any two letters match some word, which is noise, not an answer.
     * Folded pinyin too: regional pronunciation is forgiven for the everyday explainers, where a villager's
     * question lands, not across the codes, where folding would only add homophones.
     */
    boolean has(Script script) {
        return (script != Script.ENGLISH && script != Script.INITIALS && script != Script.FUZZY)
                || EXPLAINER.contains(this);
    }

    /**
     * Whether the index keeps where each word of this field stands in its text (offsets in the postings), so a
     * snippet can mark a pinyin or English match in the shown text without analysing it again: re-analysing
     * with SmartChinese and the pinyin filter was two thirds of a search's time (decision 0076). Characters are
     * found in the text by plain string search and need none.
     */
    boolean keepsOffsets(Script script) {
        return SHOWN.contains(this) && script != Script.HANZI && script != Script.BIGRAMS && has(script);
    }
}
