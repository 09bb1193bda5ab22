package org.legalkiosk.content.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.legalkiosk.content.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the query for a {@link QueryText}: Chinese words against the character fields, typed letters against
 * the pinyin and initials fields (and, for an English screen, against English explainers). Each term may match
 * in any field, counting the best field ({@link SearchField} weights) plus a little of the others; terms add up.
 */
final class SearchQueryBuilder {

    /** How much the other fields a term matches add to its best one. */
    private static final float TIE_BREAKER = 0.2f;
    /** On an English screen letters are mostly English words; pinyin still counts, less. */
    private static final float PINYIN_ON_ENGLISH_SCREEN = 0.5f;
    /** A pair of the question's words found side by side counts like one more word. */
    private static final float PHRASE_WEIGHT = 1.0f;
    /** Side by side, or with one word between: "狗咬" and "狗把人咬". */
    private static final int PHRASE_SLOP = 1;

    private final SearchAnalyzers analyzers;
    private final QueryStopWords stopWords;

    SearchQueryBuilder(SearchAnalyzers analyzers, QueryStopWords stopWords) {
        this.analyzers = analyzers;
        this.stopWords = stopWords;
    }

    PreparedQuery build(QueryText text, Language language, PinyinSegmenter segmenter) {
        Map<Script, List<String>> terms = new EnumMap<>(Script.class);
        if (text.hasChinese()) {
            terms.put(Script.HANZI, analyze(Script.HANZI, text.chinese()));
            terms.put(Script.BIGRAMS, analyze(Script.BIGRAMS, text.chinese()));
        }
        if (!text.latinWords().isEmpty()) {
            if (language == Language.EN) {
                terms.put(Script.ENGLISH, analyze(Script.ENGLISH, String.join(" ", text.latinWords())));
            }
            List<String> pinyin = new ArrayList<>();
            List<String> initials = new ArrayList<>();
            for (PinyinSegmenter.Piece piece : segmenter.segment(text.pinyinLetters())) {
                if (piece.pinyin()) {
                    pinyin.add(piece.text());
                }
                if (piece.initials()) {
                    initials.add(piece.text());
                }
            }
            terms.put(Script.PINYIN, pinyin);
            terms.put(Script.INITIALS, initials);
        }
        boolean englishScreen = !terms.getOrDefault(Script.ENGLISH, List.of()).isEmpty();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        Map<Script, Set<String>> distinct = new EnumMap<>(Script.class);
        for (Map.Entry<Script, List<String>> entry : terms.entrySet()) {
            Script script = entry.getKey();
            List<String> sequence = withoutStopWords(script, entry.getValue());
            float weight = script.weight();
            if (englishScreen && (script == Script.PINYIN || script == Script.INITIALS)) {
                weight *= PINYIN_ON_ENGLISH_SCREEN;
            }
            Set<String> words = new LinkedHashSet<>(sequence);
            distinct.put(script, words);
            for (String term : words) {
                query.add(new BoostQuery(anyField(script, term), weight), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (script != Script.BIGRAMS) {
                for (int i = 0; i + 1 < sequence.size(); i++) {
                    query.add(new BoostQuery(adjacentInAnyField(script, sequence.get(i), sequence.get(i + 1)),
                            weight * PHRASE_WEIGHT), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return new PreparedQuery(clauses == 0 ? null : query.build(), distinct);
    }

    /** The question's words without its particles, unless nothing else is left. */
    private List<String> withoutStopWords(Script script, List<String> words) {
        List<String> kept = words.stream().filter(w -> !stopWords.isStop(script, w)).toList();
        return kept.isEmpty() ? words : kept;
    }

    /**
     * Two words of the question standing together in a text, as in "结婚 前" in "结婚前买的房子": worth more than
     * the same words scattered over the explainer.
     */
    private static Query adjacentInAnyField(Script script, String first, String second) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            if (field.has(script)) {
                String name = field.in(script);
                Query phrase = new PhraseQuery(PHRASE_SLOP, name, first, second);
                perField.add(new BoostQuery(phrase, field.weight()));
            }
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query anyField(Script script, String term) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            if (field.has(script)) {
                String name = field.in(script);
                perField.add(new BoostQuery(new TermQuery(new Term(name, term)), field.weight()));
            }
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The words of {@code text} in order, repeats included (they make the pairs). */
    private List<String> analyze(Script script, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzers.of(script).tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a string in memory does no I/O.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
