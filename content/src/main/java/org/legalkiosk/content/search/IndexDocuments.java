package org.legalkiosk.content.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.SearchSynonyms;
import org.legalkiosk.content.source.MarkdownText;
import org.legalkiosk.content.statute.StatuteArticle;

/** Turns explainers, statute articles, suggestions and tags into the documents of the search index. */
final class IndexDocuments {

    private static final List<Script> CHINESE_SCRIPTS =
            List.of(Script.HANZI, Script.BIGRAMS, Script.PINYIN, Script.INITIALS, Script.FUZZY);

    private static final FieldType WITH_OFFSETS = withOffsets();

    private final Pinyin pinyin;

    IndexDocuments(Pinyin pinyin) {
        this.pinyin = pinyin;
    }

    Document explainer(Explainer explainer) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_EXPLAINER, Field.Store.NO));
        doc.add(new StringField(IndexFields.ID, explainer.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.LANG, explainer.language().code(), Field.Store.YES));
        String body = MarkdownText.plain(explainer.body());
        String summary = explainer.summary() == null ? "" : explainer.summary();
        doc.add(new StoredField(IndexFields.SHOW_TITLE, explainer.title()));
        doc.add(new StoredField(IndexFields.SHOW_SUMMARY, summary));
        doc.add(new StoredField(IndexFields.SHOW_BODY, body));
        List<Script> scripts = explainer.language() == Language.ZH ? CHINESE_SCRIPTS : List.of(Script.ENGLISH);
        Map<SearchField, String> texts = Map.of(
                SearchField.TITLE,
                explainer.title(),
                // A separator no tag contains, so the pinyin of two tags is not joined into one word.
                SearchField.TAGS,
                String.join("，", explainer.tags()),
                SearchField.SUMMARY,
                summary,
                SearchField.BODY,
                body);
        texts.forEach((field, text) -> scripts.forEach(script -> doc.add(searchable(field, script, text))));
        return doc;
    }

    Document article(Law law, StatuteArticle article) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ARTICLE, Field.Store.NO));
        doc.add(new StringField(IndexFields.LAW_ID, law.id(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.NUMBER, article.number()));
        doc.add(new StoredField(IndexFields.SHOW_LAW_ZH, law.name().zh()));
        doc.add(new StoredField(IndexFields.SHOW_LAW_EN, law.name().in(Language.EN)));
        doc.add(new StoredField(IndexFields.SHOW_TITLE, article.label()));
        doc.add(new StoredField(IndexFields.SHOW_TEXT, article.text()));
        Map<SearchField, String> texts = Map.of(
                SearchField.LAW_NAME, law.name().zh() + "，" + law.fullName().zh(),
                SearchField.LABEL, article.label() + "，第" + article.number() + "条",
                SearchField.ARTICLE_TEXT, article.text());
        texts.forEach((field, text) -> CHINESE_SCRIPTS.stream()
                .filter(field::has)
                .forEach(script -> doc.add(searchable(field, script, text))));
        return doc;
    }

    /** A title or tag to complete as the villager types, with its keys in every script that fits. */
    Document suggestion(String text, Language language, int weight) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_SUGGESTION, Field.Store.NO));
        doc.add(new StringField(IndexFields.LANG, language.code(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SHOW_TITLE, text));
        doc.add(new NumericDocValuesField(IndexFields.WEIGHT, weight));
        doc.add(new StoredField(IndexFields.WEIGHT, weight));
        SuggestionKeys.hanzi(text).forEach(k -> doc.add(key(IndexFields.KEY_HANZI, k)));
        SuggestionKeys.pinyin(text, pinyin, false).forEach(k -> doc.add(key(IndexFields.KEY_PINYIN, k)));
        SuggestionKeys.pinyin(text, pinyin, true).forEach(k -> doc.add(key(IndexFields.KEY_INITIALS, k)));
        if (language == Language.EN) {
            SuggestionKeys.english(text).forEach(k -> doc.add(key(IndexFields.KEY_ENGLISH, k)));
        }
        return doc;
    }

    /** The content's synonym bridge, stored whole: the searcher of this index reads it back. */
    Document synonyms(SearchSynonyms synonyms) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_SYNONYMS, Field.Store.NO));
        doc.add(new StoredField(IndexFields.SHOW_TEXT, SynonymBridge.serialize(synonyms)));
        return doc;
    }

    Document tag(TagWeight tag, Language language, int rank) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_TAG, Field.Store.NO));
        doc.add(new StringField(IndexFields.LANG, language.code(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SHOW_TITLE, tag.tag()));
        doc.add(new NumericDocValuesField(IndexFields.WEIGHT, tag.weight()));
        doc.add(new StoredField(IndexFields.WEIGHT, tag.weight()));
        doc.add(new StoredField(IndexFields.NUMBER, rank));
        return doc;
    }

    /** A searchable text, with its words' offsets where a snippet needs them ({@link SearchField#keepsOffsets}). */
    private static Field searchable(SearchField field, Script script, String text) {
        return field.keepsOffsets(script)
                ? new Field(field.in(script), text, WITH_OFFSETS)
                : new TextField(field.in(script), text, Field.Store.NO);
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Field key(String field, String key) {
        return new StringField(field, key, Field.Store.NO);
    }
}
