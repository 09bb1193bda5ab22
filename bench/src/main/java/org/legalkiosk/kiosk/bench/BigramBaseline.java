package org.legalkiosk.kiosk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * The peer the kiosk's search is measured against: the index an engineer would build in an afternoon over the
 * same documents (the Chinese explainers and every installed statute article). Stock {@link CJKAnalyzer} bigrams
 * on {@code title^2 + body}, an OR of the query's bigrams, BM25, no snippets. Kept in memory: the kiosk's own
 * index is on disk, but a small index is in the page cache either way.
 */
final class BigramBaseline implements AutoCloseable {

    /** One result: an explainer id or a statute article. */
    record Answer(Optional<String> explainer, Optional<Citation.Article> article) {}

    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String ID = "id";
    private static final String LAW = "law";
    private static final String NUMBER = "number";
    private static final float TITLE_BOOST = 2.0f;

    private final Analyzer analyzer = new CJKAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    BigramBaseline(ContentLibrary library, StatuteLibrary statutes) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Explainer e : library.allExplainers()) {
                if (e.language() != Language.ZH) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StoredField(ID, e.id()));
                doc.add(new TextField(TITLE, e.title(), Field.Store.NO));
                doc.add(new TextField(
                        BODY, e.summary() + "\n" + String.join("，", e.tags()) + "\n" + e.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            for (Law law : library.laws()) {
                for (StatuteArticle a :
                        statutes.statute(law.id()).map(Statute::articles).orElse(List.of())) {
                    Document doc = new Document();
                    doc.add(new StoredField(LAW, law.id()));
                    doc.add(new StoredField(NUMBER, a.number()));
                    doc.add(new TextField(TITLE, law.name().zh() + a.label(), Field.Store.NO));
                    doc.add(new TextField(BODY, a.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<Answer> search(String query, int limit) {
        try {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String term : bigrams(query)) {
                q.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
                q.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
            }
            StoredFields stored = searcher.storedFields();
            List<Answer> answers = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), limit).scoreDocs) {
                Document doc = stored.document(sd.doc);
                String id = doc.get(ID);
                answers.add(
                        id != null
                                ? new Answer(Optional.of(id), Optional.empty())
                                : new Answer(
                                        Optional.empty(),
                                        Optional.of(new Citation.Article(
                                                doc.get(LAW),
                                                doc.getField(NUMBER)
                                                        .numericValue()
                                                        .intValue()))));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> bigrams(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
