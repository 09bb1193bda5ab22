package org.legalkiosk.content.search;

import java.util.List;
import java.util.Objects;

/**
 * A short piece of a text with the words that matched the query marked, as plain segments rather than HTML:
 * the screen draws highlighted segments in its own style.
 */
public record Snippet(List<Segment> segments) {

    /** A run of text, highlighted or not. Adjacent segments never have the same {@code highlighted}. */
    public record Segment(String text, boolean highlighted) {
        public Segment {
            Objects.requireNonNull(text, "text");
        }
    }

    public static final Snippet EMPTY = new Snippet(List.of());

    public Snippet {
        segments = List.copyOf(segments);
    }

    public static Snippet plain(String text) {
        return text.isEmpty() ? EMPTY : new Snippet(List.of(new Segment(text, false)));
    }

    /** The whole snippet without marks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The highlighted pieces, in order. */
    public List<String> highlights() {
        return segments.stream().filter(Segment::highlighted).map(Segment::text).toList();
    }
}
