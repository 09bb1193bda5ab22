package org.legalkiosk.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * Builds the query for a {@link QueryText}: Chinese words against the character fields and, at a lower weight,
 * their sound against the pinyin fields (homophone typos); typed letters against the pinyin, initials and
 * folded-pinyin fields (and, for an English screen, against English explainers); and the legal words the
 * synonym bridge adds for village words. Each term may match in any field, counting the best field
 * ({@link SearchField} weights) plus a little of the others; terms add up.
 */
final class SearchQueryBuilder {

    /** How much the other fields a term matches add to its best one. */
    private static final float TIE_BREAKER = 0.2f;
    /** On an English screen letters are mostly English words; pinyin still counts, less. */
    private static final float PINYIN_ON_ENGLISH_SCREEN = 0.5f;
    /** The question's words heard as pinyin, to forgive homophone typos: well below the characters themselves. */
    private static final float HOMOPHONE_WEIGHT = 0.4f;
    /** Legal words brought in by a village word: nearly as good as the villager's own words. */
    private static final float BRIDGE_WEIGHT = 0.8f;
    /** A single character left over by the segmenter. */
    private static final float SINGLE_CHARACTER = 0.3f;
    /** A pair of the question's words found side by side counts like one more word. */
    private static final float PHRASE_WEIGHT = 1.0f;
    /** Side by side, or with one word between: "狗咬" and "狗把人咬". */
    private static final int PHRASE_SLOP = 1;

    private final SearchAnalyzers analyzers;
    private final QueryStopWords stopWords;
    private final Pinyin pinyin;

    SearchQueryBuilder(SearchAnalyzers analyzers, QueryStopWords stopWords, Pinyin pinyin) {
        this.analyzers = analyzers;
        this.stopWords = stopWords;
        this.pinyin = pinyin;
    }

    PreparedQuery build(QueryText text, Language language, Segmenters segmenters) {
        Clauses clauses = new Clauses();
        if (text.hasChinese()) {
            List<String> words = withoutStopWords(Script.HANZI, analyze(Script.HANZI, text.chinese()));
            clauses.add(Script.HANZI, words, 1.0f, true);
            clauses.add(
                    Script.BIGRAMS,
                    withoutStopWords(Script.BIGRAMS, analyze(Script.BIGRAMS, text.chinese())),
                    1.0f,
                    false);
            // Homophone typos (善养费, 继成): the question's words as if typed in pinyin, cut by the index's own words.
            List<String> sounds = pinyinPieces(segmenters.exact().segment(spoken(words)));
            clauses.add(Script.PINYIN, withoutStopWords(Script.PINYIN, sounds), HOMOPHONE_WEIGHT, false);
        }
        if (!text.latinWords().isEmpty()) {
            float pinyinWeight = 1.0f;
            if (language == Language.EN) {
                List<String> english = analyze(Script.ENGLISH, String.join(" ", text.latinWords()));
                clauses.add(Script.ENGLISH, english, 1.0f, true);
                if (!english.isEmpty()) {
                    pinyinWeight = PINYIN_ON_ENGLISH_SCREEN;
                }
            }
            List<String> pinyin = new ArrayList<>();
            List<String> initials = new ArrayList<>();
            List<PinyinSegmenter.Piece> pieces = segmenters.exact().segment(text.pinyinLetters());
            boolean readAsPinyin = language != Language.EN || coversEveryLetter(pieces, text.pinyinLetters());
            if (!readAsPinyin) {
                // On an English screen "wages" is a word, not 娃 + 个 with an "s" left over: letters are read
                // as pinyin there only when they are pinyin through and through ("gongzi", "lihun").
                pieces = List.of();
            }
            for (PinyinSegmenter.Piece piece : pieces) {
                if (piece.pinyin()) {
                    pinyin.add(piece.text());
                }
                if (piece.initials()) {
                    initials.add(piece.text());
                }
            }
            clauses.add(Script.PINYIN, withoutStopWords(Script.PINYIN, pinyin), pinyinWeight, true);
            clauses.add(Script.INITIALS, withoutStopWords(Script.INITIALS, initials), pinyinWeight, true);
            if (readAsPinyin) {
                List<String> folded = pinyinPieces(segmenters.fuzzy().segment(FuzzyPinyin.fold(text.pinyinLetters())));
                clauses.add(Script.FUZZY, withoutStopWords(Script.FUZZY, folded), pinyinWeight, false);
            }
        }
        // The bridge: village words in the question bring in the words the explainers and the law use.
        for (String legal : segmenters.bridge().legalWords(text.chinese(), text.pinyinLetters())) {
            clauses.add(
                    Script.HANZI, withoutStopWords(Script.HANZI, analyze(Script.HANZI, legal)), BRIDGE_WEIGHT, true);
            clauses.add(Script.BIGRAMS, analyze(Script.BIGRAMS, legal), BRIDGE_WEIGHT, false);
        }
        return clauses.prepared();
    }

    /** What the index knows to cut a question with: its pinyin words, folded and not, and the synonym bridge. */
    record Segmenters(PinyinSegmenter exact, PinyinSegmenter fuzzy, SynonymBridge bridge) {}

    /** The clauses of one query, each term once per script (its first, strongest weight). */
    private static final class Clauses {
        private final BooleanQuery.Builder query = new BooleanQuery.Builder();
        private final Map<Script, Set<String>> terms = new EnumMap<>(Script.class);
        private int count;

        void add(Script script, List<String> sequence, float factor, boolean pairs) {
            float weight = script.weight() * factor;
            Set<String> seen = terms.computeIfAbsent(script, s -> new LinkedHashSet<>());
            for (String term : sequence) {
                if (seen.add(term)) {
                    // A lone character is what SmartChinese leaves of a word it does not know: the pairs
                    // (BIGRAMS) say more, so it counts for little on its own.
                    float w = script == Script.HANZI && term.length() == 1 ? weight * SINGLE_CHARACTER : weight;
                    query.add(new BoostQuery(anyField(script, term), w), BooleanClause.Occur.SHOULD);
                    count++;
                }
            }
            if (!pairs) {
                return;
            }
            for (int i = 0; i + 1 < sequence.size(); i++) {
                String first = sequence.get(i);
                String second = sequence.get(i + 1);
                // "地 和", "不 让": two single characters side by side are everywhere; no bonus for them.
                if (script == Script.HANZI && (first.length() == 1 || second.length() == 1)) {
                    continue;
                }
                if (first.equals(second)) {
                    continue;
                }
                query.add(
                        new BoostQuery(adjacentInAnyField(script, first, second), weight * PHRASE_WEIGHT),
                        BooleanClause.Occur.SHOULD);
            }
        }

        PreparedQuery prepared() {
            terms.values().removeIf(Set::isEmpty);
            return new PreparedQuery(count == 0 ? null : query.build(), terms);
        }
    }

    private static List<String> pinyinPieces(List<PinyinSegmenter.Piece> pieces) {
        return pieces.stream()
                .filter(PinyinSegmenter.Piece::pinyin)
                .map(PinyinSegmenter.Piece::text)
                .toList();
    }

    /** The main reading of the words' characters, run together as a villager would type them. */
    private String spoken(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            Pinyin.Word word = pinyin.word(w);
            if (!word.isEmpty()) {
                sb.append(word.full().get(0));
            }
        }
        return sb.toString();
    }

    private static boolean coversEveryLetter(List<PinyinSegmenter.Piece> pieces, String letters) {
        return pieces.stream().mapToInt(p -> p.text().length()).sum() == letters.length();
    }

    /** The question's words without its particles, unless nothing else is left. */
    private List<String> withoutStopWords(Script script, List<String> words) {
        List<String> kept =
                words.stream().filter(w -> !stopWords.isStop(script, w)).toList();
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
