package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.legalkiosk.content.model.SearchSynonyms;

/**
 * The content's colloquial-to-legal bridge ({@code synonyms.txt}) at query time: which legal words a question
 * brings in because it contains a village word, written in characters or typed in pinyin (regional
 * pronunciation folded, see {@link FuzzyPinyin}). The table travels inside the index, so a kiosk searches each
 * content version with that version's bridge.
 */
final class SynonymBridge {

    /** Shorter pinyin than this ("wa" for 娃) turns up inside too many other words to be matched in letters. */
    private static final int MIN_PINYIN = 4;

    private record Entry(List<String> village, List<String> folded, List<String> legal) {}

    static final SynonymBridge NONE = new SynonymBridge(SearchSynonyms.NONE, Pinyin.shared());

    private final List<Entry> entries = new ArrayList<>();

    SynonymBridge(SearchSynonyms synonyms, Pinyin pinyin) {
        for (SearchSynonyms.Bridge bridge : synonyms.bridges()) {
            List<String> folded = new ArrayList<>();
            for (String word : bridge.village()) {
                for (String spelling : pinyin.word(word).full()) {
                    if (spelling.length() >= MIN_PINYIN) {
                        folded.add(FuzzyPinyin.fold(spelling));
                    }
                }
            }
            entries.add(new Entry(bridge.village(), folded, bridge.legal()));
        }
    }

    /** The legal words for the village words in {@code chinese} (characters) or {@code letters} (pinyin). */
    List<String> legalWords(String chinese, String letters) {
        String compact = chinese.replace(" ", "");
        String folded = FuzzyPinyin.fold(letters);
        Set<String> words = new LinkedHashSet<>();
        for (Entry e : entries) {
            boolean said = e.village().stream().anyMatch(compact::contains)
                    || (!folded.isEmpty() && e.folded().stream().anyMatch(folded::contains));
            if (said) {
                words.addAll(e.legal());
            }
        }
        return List.copyOf(words);
    }

    /** The table as text, one bridge a line, to store it in the index. */
    static String serialize(SearchSynonyms synonyms) {
        StringBuilder sb = new StringBuilder();
        for (SearchSynonyms.Bridge b : synonyms.bridges()) {
            sb.append(String.join(" ", b.village()))
                    .append('=')
                    .append(String.join(" ", b.legal()))
                    .append('\n');
        }
        return sb.toString();
    }

    static SearchSynonyms parse(String text) {
        List<SearchSynonyms.Bridge> bridges = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] sides = line.split("=");
            if (sides.length == 2) {
                bridges.add(new SearchSynonyms.Bridge(
                        List.of(sides[0].strip().split(" ")),
                        List.of(sides[1].strip().split(" "))));
            }
        }
        return new SearchSynonyms(bridges);
    }
}
