package org.legalkiosk.content.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The pinyin words the index holds, the dictionary {@link PinyinSegmenter} cuts typed letters with. */
final class IndexLexicon {

    private final List<Terms> pinyin;
    private final List<Terms> initials;

    private IndexLexicon(List<Terms> pinyin, List<Terms> initials) {
        this.pinyin = pinyin;
        this.initials = initials;
    }

    static IndexLexicon of(IndexReader reader) throws IOException {
        return new IndexLexicon(terms(reader, Script.PINYIN), terms(reader, Script.INITIALS));
    }

    private static List<Terms> terms(IndexReader reader, Script script) throws IOException {
        List<Terms> result = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            Terms terms = MultiTerms.getTerms(reader, field.in(script));
            if (terms != null) {
                result.add(terms);
            }
        }
        return result;
    }

    /** A segmenter for one query: term enumerators are not shared between threads. */
    PinyinSegmenter segmenter() throws IOException {
        return new PinyinSegmenter(contains(pinyin), contains(initials));
    }

    private static Predicate<String> contains(List<Terms> fields) throws IOException {
        List<TermsEnum> enums = new ArrayList<>();
        for (Terms terms : fields) {
            enums.add(terms.iterator());
        }
        return word -> {
            BytesRef bytes = new BytesRef(word);
            try {
                for (TermsEnum e : enums) {
                    if (e.seekExact(bytes)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
