package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cuts the piece of a text that best shows why it matched and marks the matched words. Words in characters are
 * found by string search; a match on "jiehun" marks 结婚 through the offsets the index keeps for its pinyin
 * words ({@link IndexedOffsets}), so no text is analysed again at query time.
 */
final class SnippetMaker {

    private static final String ELLIPSIS = "…";
    private static final String SENTENCE_ENDS = "。！？；!?;\n";
    /** How far back from the first match a snippet may start to begin with its sentence. */
    private static final int LEAD = 16;

    private SnippetMaker() {}

    /**
     * The best piece of {@code text} of at most about {@code length} characters, or empty if nothing matched.
     *
     * @param indexed where the query's other words (pinyin, initials, English) stand in {@code text}; asked only
     *     when none of its words in characters is there
     */
    static Optional<Snippet> make(
            String text, Map<Script, Set<String>> terms, int length, Supplier<List<TextSpan>> indexed) {
        List<Range> matches = matches(text, terms, indexed);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Range window = window(text, matches, length);
        List<Snippet.Segment> segments = new ArrayList<>();
        if (window.start() > 0) {
            segments.add(new Snippet.Segment(ELLIPSIS, false));
        }
        int at = window.start();
        for (Range m : matches) {
            if (m.end() <= window.start() || m.start() >= window.end()) {
                continue;
            }
            int start = Math.max(m.start(), at);
            int end = Math.min(m.end(), window.end());
            add(segments, text.substring(at, start), false);
            add(segments, text.substring(start, end), true);
            at = end;
        }
        add(segments, text.substring(at, window.end()), false);
        if (window.end() < text.length()) {
            add(segments, ELLIPSIS, false);
        }
        return Optional.of(new Snippet(segments));
    }

    /** The start of {@code text}, shortened to about {@code length} characters, unmarked. */
    static Snippet opening(String text, int length) {
        String flat = flatten(text.strip());
        return Snippet.plain(flat.length() <= length ? flat : flat.substring(0, length) + ELLIPSIS);
    }

    private static void add(List<Snippet.Segment> segments, String text, boolean highlighted) {
        if (text.isEmpty()) {
            return;
        }
        String flat = flatten(text);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).highlighted() == highlighted) {
            segments.set(last, new Snippet.Segment(segments.get(last).text() + flat, highlighted));
        } else {
            segments.add(new Snippet.Segment(flat, highlighted));
        }
    }

    /** One line on screen: line breaks become spaces (same length, so offsets still hold). */
    private static String flatten(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private record Range(int start, int end) {}

    /**
     * Where the query's terms stand in the text, sorted and merged where they touch or overlap. Words in
     * characters are found by plain string search; only when none is there are the index's offsets of the other
     * scripts' words asked for.
     */
    private static List<Range> matches(String text, Map<Script, Set<String>> terms, Supplier<List<TextSpan>> indexed) {
        List<Range> found = new ArrayList<>();
        for (Script script : List.of(Script.HANZI, Script.BIGRAMS)) {
            for (String term : terms.getOrDefault(script, Set.of())) {
                for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
                    found.add(new Range(at, at + term.length()));
                }
            }
        }
        if (found.isEmpty()) {
            for (TextSpan span : indexed.get()) {
                if (span.start() < span.end() && span.end() <= text.length()) {
                    found.add(new Range(span.start(), span.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        for (Range r : found) {
            int last = merged.size() - 1;
            if (last >= 0 && r.start() <= merged.get(last).end()) {
                merged.set(
                        last,
                        new Range(
                                merged.get(last).start(),
                                Math.max(r.end(), merged.get(last).end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * The window of about {@code length} characters holding the most different matched words, begun at its
     * sentence where that is close, never cutting a match in two.
     */
    private static Range window(String text, List<Range> matches, int length) {
        int bestStart = matches.get(0).start();
        int bestCount = -1;
        for (Range anchor : matches) {
            Set<String> words = new HashSet<>();
            for (Range m : matches) {
                if (m.start() >= anchor.start() && m.end() <= anchor.start() + length) {
                    words.add(text.substring(m.start(), m.end()));
                }
            }
            if (words.size() > bestCount) {
                bestCount = words.size();
                bestStart = anchor.start();
            }
        }
        int start = Math.max(0, bestStart - LEAD);
        for (int i = bestStart - 1; i >= start; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        while (start < bestStart && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = Math.min(text.length(), start + length);
        for (Range m : matches) {
            if (m.start() < end && m.end() > end) {
                end = m.end();
            }
        }
        return new Range(start, end);
    }
}
