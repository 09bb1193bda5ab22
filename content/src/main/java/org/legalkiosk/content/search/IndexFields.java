package org.legalkiosk.content.search;

/** Names of the index fields that are not searchable text (see {@link SearchField} for those). */
final class IndexFields {

    /** What a document is: one of the {@code TYPE_} values. */
    static final String TYPE = "type";

    static final String TYPE_EXPLAINER = "explainer";
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_SUGGESTION = "suggestion";
    static final String TYPE_TAG = "tag";
    /** The one document holding the content's synonym bridge. */
    static final String TYPE_SYNONYMS = "synonyms";

    static final String ID = "id";
    static final String LANG = "lang";
    static final String LAW_ID = "law_id";
    static final String NUMBER = "number";
    static final String WEIGHT = "weight";

    /** Stored for display only. */
    static final String SHOW_TITLE = "show.title";

    static final String SHOW_SUMMARY = "show.summary";
    static final String SHOW_BODY = "show.body";
    static final String SHOW_LAW_ZH = "show.law.zh";
    static final String SHOW_LAW_EN = "show.law.en";
    static final String SHOW_TEXT = "show.text";

    /** Suggestion keys: compact suffixes of a title or tag, in characters, pinyin, initials and English. */
    static final String KEY_HANZI = "key.zh";

    static final String KEY_PINYIN = "key.py";
    static final String KEY_INITIALS = "key.pyi";
    static final String KEY_ENGLISH = "key.en";

    /** Commit data: the layout of the index, so an older kiosk refuses a newer index and vice versa. */
    static final String FORMAT_KEY = "legalkiosk.search.format";

    static final String FORMAT = SearchIndexBuilder.FORMAT_VERSION;

    private IndexFields() {}
}
