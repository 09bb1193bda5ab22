package org.legalkiosk.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;

/**
 * Where the query's pinyin, initials, folded-pinyin and English words stand in a document's shown text, read
 * from the offsets the index keeps for those fields ({@link SearchField#keepsOffsets}): the words as the index
 * cut them, at the characters they came from, without analysing the text again.
 */
final class IndexedOffsets {

    /** One shown field of a document, and where its text starts in the snippet's text. */
    record Part(SearchField field, int base) {}

    private final IndexReader reader;

    IndexedOffsets(IndexReader reader) {
        this.reader = reader;
    }

    /** The spans of {@code terms} (by script) in the {@code parts} of document {@code doc}, in no order. */
    List<TextSpan> find(int doc, List<Part> parts, Map<Script, Set<String>> terms) {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<TextSpan> found = new ArrayList<>();
        try {
            for (Part part : parts) {
                for (Map.Entry<Script, Set<String>> entry : terms.entrySet()) {
                    if (!part.field().keepsOffsets(entry.getKey())) {
                        continue;
                    }
                    String field = part.field().in(entry.getKey());
                    for (String term : entry.getValue()) {
                        PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.OFFSETS);
                        if (postings == null || postings.advance(local) != local) {
                            continue;
                        }
                        for (int i = postings.freq(); i > 0; i--) {
                            postings.nextPosition();
                            if (postings.startOffset() >= 0) {
                                found.add(new TextSpan(
                                        part.base() + postings.startOffset(), part.base() + postings.endOffset()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
