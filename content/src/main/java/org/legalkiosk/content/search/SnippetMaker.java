package org.legalkiosk.content.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the piece of a text that best shows why it matched and marks the matched words. The text is analysed
 * again with the index's own analyzers, so a match on "jiehun" marks 结婚: pinyin tokens keep the offsets of
 * their characters.
 */
final class SnippetMaker {

    private static final String ELLIPSIS = "…";
    private static final String SENTENCE_ENDS = "。！？；!?;\n";
    /** How far back from the first match a snippet may start to begin with its sentence. */
    private static final int LEAD = 16;

    private record Range(int start, int end) {
    }

    private final SearchAnalyzers analyzers;

    SnippetMaker(SearchAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The best piece of {@code text} of at most about {@code length} characters, or empty if nothing matched. */
    Optional<Snippet> make(String text, Map<Script, Set<String>> terms, int length) {
        List<Range> matches = matches(text, terms);
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

    /** Where the query's terms stand in the text, sorted and merged where they touch or overlap. */
    private List<Range> matches(String text, Map<Script, Set<String>> terms) {
        List<Range> found = new ArrayList<>();
        for (Map.Entry<Script, Set<String>> entry : terms.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                collect(text, entry.getKey(), entry.getValue(), found);
            }
        }
        found.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        for (Range r : found) {
            int last = merged.size() - 1;
            if (last >= 0 && r.start() <= merged.get(last).end()) {
                merged.set(last, new Range(merged.get(last).start(), Math.max(r.end(), merged.get(last).end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private void collect(String text, Script script, Set<String> terms, List<Range> found) {
        try (TokenStream stream = analyzers.of(script).tokenStream(script.field("snippet"), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString()) && offset.endOffset() <= text.length()) {
                    found.add(new Range(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
