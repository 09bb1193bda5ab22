package org.legalkiosk.kiosk.ui.statutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.content.statute.Division;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;

/**
 * A law's table of contents worked out from its articles: the books (编) and, within them, the chapters (章)
 * with the articles each chapter spans. A chapter is named by its first article, which is unique.
 */
public final class StatuteOutline {

    /** A book heading ({@code chapter == null}) or a chapter with its article range. */
    public record Entry(Division book, Division chapter, int firstArticle, int lastArticle) {

        public boolean isBook() {
            return chapter == null;
        }

        public String heading() {
            Division d = isBook() ? book : chapter;
            return "第" + ChineseNumerals.format(d.number()) + (isBook() ? "编 " : "章 ") + d.heading();
        }
    }

    private StatuteOutline() {}

    public static List<Entry> of(Statute statute) {
        List<Entry> entries = new ArrayList<>();
        Division book = null;
        Division chapter = null;
        int first = 0;
        int last = 0;
        for (StatuteArticle a : statute.articles()) {
            boolean newBook = !Objects.equals(a.book(), book);
            boolean newChapter = newBook || !Objects.equals(a.chapter(), chapter);
            if (newChapter && first > 0) {
                entries.add(new Entry(book, chapter, first, last));
            }
            if (newBook && a.book() != null) {
                entries.add(new Entry(a.book(), null, a.number(), a.number()));
            }
            if (newChapter) {
                first = a.number();
            }
            book = a.book();
            chapter = a.chapter();
            last = a.number();
        }
        if (first > 0) {
            entries.add(new Entry(book, chapter, first, last));
        }
        // A book heading spans the chapters under it.
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.isBook()) {
                int end = e.lastArticle();
                for (int j = i + 1; j < entries.size() && !entries.get(j).isBook(); j++) {
                    end = entries.get(j).lastArticle();
                }
                entries.set(i, new Entry(e.book(), null, e.firstArticle(), end));
            }
        }
        return entries;
    }

    /** The chapter entry holding an article. */
    public static Entry chapterOf(Statute statute, int article) {
        return of(statute).stream()
                .filter(e -> !e.isBook() && e.firstArticle() <= article && article <= e.lastArticle())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(statute.lawId() + " has no article " + article));
    }
}
