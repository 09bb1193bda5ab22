package org.legalkiosk.content.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The pinyin words the index holds, the dictionary {@link PinyinSegmenter} cuts typed letters with. Read into
 * memory once when the index is opened: cutting one query tries every piece of up to 24 letters at every
 * position, a few thousand look-ups, which against the term dictionaries of seven fields was a large part of a
 * pinyin search's time; a hash set answers each in well under a microsecond.
 */
final class IndexLexicon {

    private final Set<String> pinyin;
    private final Set<String> initials;
    private final Set<String> fuzzy;

    private IndexLexicon(Set<String> pinyin, Set<String> initials, Set<String> fuzzy) {
        this.pinyin = pinyin;
        this.initials = initials;
        this.fuzzy = fuzzy;
    }

    static IndexLexicon of(IndexReader reader) throws IOException {
        return new IndexLexicon(
                terms(reader, Script.PINYIN), terms(reader, Script.INITIALS), terms(reader, Script.FUZZY));
    }

    private static Set<String> terms(IndexReader reader, Script script) throws IOException {
        Set<String> result = new HashSet<>();
        for (SearchField field : SearchField.values()) {
            Terms terms = MultiTerms.getTerms(reader, field.in(script));
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            for (BytesRef term = e.next(); term != null; term = e.next()) {
                result.add(term.utf8ToString());
            }
        }
        return Set.copyOf(result);
    }

    /** A segmenter over the full pinyin and the initials of the index's words. */
    PinyinSegmenter segmenter() {
        return new PinyinSegmenter(pinyin::contains, initials::contains);
    }

    /** A segmenter over the folded pinyin ({@link FuzzyPinyin}): cuts folded letters into folded words. */
    PinyinSegmenter fuzzySegmenter() {
        return new PinyinSegmenter(fuzzy::contains, word -> false);
    }
}
