package org.legalkiosk.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the index of one content version, opened read-only from its folder. Safe to use from several
 * threads at once. Whatever is typed, it answers with a list (maybe empty) and never throws for the input;
 * an index that cannot be read is logged and also answers with an empty list, because a broken search must not
 * take the kiosk down with it.
 */
public final class ContentSearcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSearcher.class);

    /** More results than this do not fit a touch screen; a caller asking for more gets this many. */
    public static final int MAX_LIMIT = 100;

    /** Where the statute fallback puts its article: the last place of the top three. */
    private static final int FALLBACK_RANK = 3;

    private static final int ZH_SNIPPET = 60;
    /** The stored fields an article's result shows. */
    private static final Set<String> ARTICLE_SHOWN = Set.of(
            IndexFields.LAW_ID,
            IndexFields.NUMBER,
            IndexFields.SHOW_TITLE,
            IndexFields.SHOW_LAW_ZH,
            IndexFields.SHOW_LAW_EN,
            IndexFields.SHOW_TEXT);

    private static final List<IndexedOffsets.Part> ARTICLE_TEXT_PART =
            List.of(new IndexedOffsets.Part(SearchField.ARTICLE_TEXT, 0));
    private static final int EN_SNIPPET = 140;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SearchAnalyzers analyzers;
    private final IndexLexicon lexicon;
    private final SearchQueryBuilder queries;
    private final IndexedOffsets offsets;
    private final SynonymBridge bridge;
    /** Explainer id → language → document, to show each hit in the screen's language where it exists. */
    private final Map<String, Map<Language, Integer>> explainers;
    /**
     * Document → its explainer as a result shows it; null for articles and the rest. Read once when the index is
     * opened (a few hundred kilobytes): unpacking an explainer's stored body for every result was a quarter of
     * a search's time once snippets no longer analysed text (decision 0076).
     */
    private final ShownExplainer[] explainerOfDoc;

    /** What a result shows of an explainer; {@code text} is its summary and body, what the snippet is cut from. */
    private record ShownExplainer(String id, String title, String summary, String text) {}

    private final Map<Language, List<TagWeight>> tags;

    private ContentSearcher(Directory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = new SearchAnalyzers(Pinyin.shared());
        this.lexicon = IndexLexicon.of(reader);
        this.queries = new SearchQueryBuilder(analyzers, new QueryStopWords(Pinyin.shared()), Pinyin.shared());
        this.bridge = loadBridge();
        this.offsets = new IndexedOffsets(reader);
        this.explainerOfDoc = new ShownExplainer[reader.maxDoc()];
        this.explainers = loadExplainers();
        this.tags = loadTags();
    }

    /**
     * Opens the index in {@code indexDir} for reading.
     *
     * @throws IOException if there is no index there, or one written in another layout (rebuild it then)
     */
    public static ContentSearcher open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException("No search index at " + indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            String format = reader.getIndexCommit().getUserData().get(IndexFields.FORMAT_KEY);
            if (!IndexFields.FORMAT.equals(format)) {
                reader.close();
                throw new IOException("Search index at " + indexDir + " has format " + format + ", this kiosk reads "
                        + IndexFields.FORMAT + "; rebuild it");
            }
            return new ContentSearcher(directory, reader);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Explainers and statute articles matching {@code query}, best first. Explainers are shown in
     * {@code language} where translated, else in Chinese; each explainer appears once.
     */
    public List<SearchHit> search(String query, Language language, int limit) {
        QueryText text = QueryText.of(query);
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            PreparedQuery prepared = queries.build(
                    text,
                    language,
                    new SearchQueryBuilder.Segmenters(lexicon.segmenter(), lexicon.fuzzySegmenter(), bridge));
            if (prepared.isEmpty()) {
                return List.of();
            }
            Query visible = new BooleanQuery.Builder()
                    .add(prepared.query(), BooleanClause.Occur.MUST)
                    .add(visibleOn(language), BooleanClause.Occur.FILTER)
                    .build();
            int wanted = Math.min(limit, MAX_LIMIT);
            // An explainer may match in two languages; fetch enough to still fill the list after folding those.
            TopDocs top = searcher.search(visible, wanted * 2 + 10);
            return hits(withStatuteFallback(top, prepared), prepared, language, wanted);
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Search for '{}' failed", text.text(), e);
            return List.of();
        }
    }

    /**
     * When the question has words no explainer uses but the statutes do (收养, 失踪, 入赘), explainers at the top
     * matched only its everyday words; the article that holds the rare word then goes into the top three, so the
     * villager sees the law that does answer.
     */
    private TopDocs withStatuteFallback(TopDocs top, PreparedQuery prepared) throws IOException {
        List<Term> rare = new ArrayList<>();
        for (Script script : List.of(Script.HANZI, Script.BIGRAMS)) {
            for (String term : prepared.terms().getOrDefault(script, Set.of())) {
                if (term.length() >= 2 && onlyInStatutes(script, term)) {
                    rare.add(new Term(SearchField.ARTICLE_TEXT.in(script), term));
                }
            }
        }
        if (rare.isEmpty()) {
            return top;
        }
        int shown = Math.min(FALLBACK_RANK, top.scoreDocs.length);
        for (int i = 0; i < shown; i++) {
            if (explainerOfDoc[top.scoreDocs[i].doc] == null) {
                return top; // an article is in the top three already
            }
        }
        BooleanQuery.Builder anyRare = new BooleanQuery.Builder();
        rare.forEach(t -> anyRare.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
        Query article = new BooleanQuery.Builder()
                .add(prepared.query(), BooleanClause.Occur.MUST)
                .add(anyRare.build(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs best = searcher.search(article, 1);
        if (best.scoreDocs.length == 0) {
            return top;
        }
        List<ScoreDoc> merged = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc != best.scoreDocs[0].doc) {
                merged.add(sd);
            }
        }
        merged.add(Math.min(FALLBACK_RANK - 1, merged.size()), best.scoreDocs[0]);
        return new TopDocs(top.totalHits, merged.toArray(ScoreDoc[]::new));
    }

    private boolean onlyInStatutes(Script script, String term) throws IOException {
        for (SearchField field : SearchField.EXPLAINER) {
            if (searcher.getIndexReader().docFreq(new Term(field.in(script), term)) > 0) {
                return false;
            }
        }
        return searcher.getIndexReader().docFreq(new Term(SearchField.ARTICLE_TEXT.in(script), term)) > 0;
    }

    private static Query visibleOn(Language language) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.LANG, Language.ZH.code())), BooleanClause.Occur.SHOULD);
        if (language != Language.ZH) {
            visible.add(new TermQuery(new Term(IndexFields.LANG, language.code())), BooleanClause.Occur.SHOULD);
        }
        return visible.build();
    }

    private List<SearchHit> hits(TopDocs top, PreparedQuery prepared, Language language, int limit) throws IOException {
        StoredFields stored = searcher.storedFields();
        Set<String> seen = new LinkedHashSet<>();
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            if (hits.size() == limit) {
                break;
            }
            ShownExplainer explainer = explainerOfDoc[scoreDoc.doc];
            if (explainer != null) {
                String explainerId = explainer.id();
                if (seen.add(explainerId)) {
                    hits.add(explainerHit(explainerId, language, prepared, scoreDoc.score));
                }
            } else {
                Document doc = stored.document(scoreDoc.doc, ARTICLE_SHOWN);
                hits.add(articleHit(doc, scoreDoc.doc, language, prepared, scoreDoc.score));
            }
        }
        return hits;
    }

    private SearchHit explainerHit(String id, Language language, PreparedQuery prepared, float score) {
        Map<Language, Integer> versions = explainers.get(id);
        Language shown = versions.containsKey(language) ? language : Language.ZH;
        int docId = versions.get(shown);
        ShownExplainer explainer = explainerOfDoc[docId];
        String summary = explainer.summary();
        String text = explainer.text();
        int length = shown == Language.ZH ? ZH_SNIPPET : EN_SNIPPET;
        List<IndexedOffsets.Part> parts = List.of(
                new IndexedOffsets.Part(SearchField.SUMMARY, 0),
                new IndexedOffsets.Part(SearchField.BODY, summary.length() + 1));
        Snippet snippet = SnippetMaker.make(
                        text, prepared.terms(), length, () -> offsets.find(docId, parts, prepared.terms()))
                .orElseGet(() -> SnippetMaker.opening(summary, length));
        return SearchHit.explainer(id, shown, explainer.title(), snippet, score);
    }

    private SearchHit articleHit(Document doc, int docId, Language language, PreparedQuery prepared, float score) {
        int number = doc.getField(IndexFields.NUMBER).numericValue().intValue();
        String label = doc.get(IndexFields.SHOW_TITLE);
        String title = language == Language.ZH
                ? doc.get(IndexFields.SHOW_LAW_ZH) + label
                : doc.get(IndexFields.SHOW_LAW_EN) + ", Article " + number;
        String text = doc.get(IndexFields.SHOW_TEXT);
        Snippet snippet = SnippetMaker.make(
                        text,
                        prepared.terms(),
                        ZH_SNIPPET,
                        () -> offsets.find(docId, ARTICLE_TEXT_PART, prepared.terms()))
                .orElseGet(() -> SnippetMaker.opening(text, ZH_SNIPPET));
        return SearchHit.article(
                new Citation.Article(doc.get(IndexFields.LAW_ID), number), Language.ZH, title, snippet, score);
    }

    /**
     * Titles and tags that complete what has been typed so far, in characters or pinyin (full or initials),
     * or English words on an English screen. Tags come first, the most used first.
     */
    public List<String> suggest(String prefix, Language language, int limit) {
        QueryText text = QueryText.of(prefix);
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            BooleanQuery.Builder keys = new BooleanQuery.Builder();
            String compact = SuggestionKeys.cut(SuggestionKeys.compact(text.text()));
            if (Pinyin.containsHan(compact)) {
                keys.add(prefix(IndexFields.KEY_HANZI, compact), BooleanClause.Occur.SHOULD);
            } else if (!text.latinWords().isEmpty()) {
                String letters = SuggestionKeys.cut(text.pinyinLetters());
                keys.add(prefix(IndexFields.KEY_PINYIN, letters), BooleanClause.Occur.SHOULD);
                keys.add(prefix(IndexFields.KEY_INITIALS, letters), BooleanClause.Occur.SHOULD);
                if (language == Language.EN) {
                    String words = SuggestionKeys.cut(SuggestionKeys.englishWords(text.text()));
                    keys.add(prefix(IndexFields.KEY_ENGLISH, words), BooleanClause.Occur.SHOULD);
                }
            } else {
                keys.add(prefix(IndexFields.KEY_HANZI, compact), BooleanClause.Occur.SHOULD);
            }
            Query query = new BooleanQuery.Builder()
                    .add(keys.build(), BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SUGGESTION)),
                            BooleanClause.Occur.FILTER)
                    .add(visibleOn(language), BooleanClause.Occur.FILTER)
                    .build();
            int wanted = Math.min(limit, MAX_LIMIT);
            TopDocs top = searcher.search(
                    query, wanted * 4 + 20, new Sort(new SortField(IndexFields.WEIGHT, SortField.Type.LONG, true)));
            return suggestions(top, language, wanted);
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Suggestions for '{}' failed", text.text(), e);
            return List.of();
        }
    }

    private static Query prefix(String field, String prefix) {
        return new PrefixQuery(new Term(field, prefix));
    }

    private record Suggestion(String text, boolean inLanguage, int weight) {}

    private List<String> suggestions(TopDocs top, Language language, int limit) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Suggestion> byText = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = stored.document(scoreDoc.doc);
            Suggestion s = new Suggestion(
                    doc.get(IndexFields.SHOW_TITLE),
                    language.code().equals(doc.get(IndexFields.LANG)),
                    doc.getField(IndexFields.WEIGHT).numericValue().intValue());
            byText.putIfAbsent(s.text(), s);
        }
        return byText.values().stream()
                .sorted(Comparator.comparingInt(Suggestion::weight)
                        .reversed()
                        .thenComparing(s -> !s.inLanguage())
                        .thenComparingInt(s -> s.text().length())
                        .thenComparing(Suggestion::text))
                .limit(limit)
                .map(Suggestion::text)
                .toList();
    }

    /**
     * The most used tags, most used first, for villagers who would rather tap than type: each is a search
     * for the tag itself.
     */
    public List<TagWeight> tagCloud(Language language, int limit) {
        List<TagWeight> all = tags.getOrDefault(language, List.of());
        return limit <= 0 ? List.of() : all.subList(0, Math.min(limit, all.size()));
    }

    /** The synonym bridge the index was built with; none in an index of content without one. */
    private SynonymBridge loadBridge() throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SYNONYMS)), 1);
        if (found.scoreDocs.length == 0) {
            return SynonymBridge.NONE;
        }
        String table = searcher.storedFields().document(found.scoreDocs[0].doc).get(IndexFields.SHOW_TEXT);
        return new SynonymBridge(SynonymBridge.parse(table == null ? "" : table), Pinyin.shared());
    }

    private Map<String, Map<Language, Integer>> loadExplainers() throws IOException {
        Map<String, Map<Language, Integer>> result = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        TopDocs all = searcher.search(
                new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_EXPLAINER)), Math.max(1, reader.maxDoc()));
        for (ScoreDoc scoreDoc : all.scoreDocs) {
            Document doc = stored.document(scoreDoc.doc);
            String summary = doc.get(IndexFields.SHOW_SUMMARY);
            explainerOfDoc[scoreDoc.doc] = new ShownExplainer(
                    doc.get(IndexFields.ID),
                    doc.get(IndexFields.SHOW_TITLE),
                    summary,
                    summary + "\n" + doc.get(IndexFields.SHOW_BODY));
            Language.fromCode(doc.get(IndexFields.LANG))
                    .ifPresent(language -> result.computeIfAbsent(
                                    doc.get(IndexFields.ID), id -> new EnumMap<>(Language.class))
                            .put(language, scoreDoc.doc));
        }
        return result;
    }

    private Map<Language, List<TagWeight>> loadTags() throws IOException {
        record Ranked(int rank, TagWeight tag) {}
        Map<Language, List<Ranked>> ranked = new EnumMap<>(Language.class);
        StoredFields stored = searcher.storedFields();
        TopDocs all = searcher.search(
                new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_TAG)), Math.max(1, reader.maxDoc()));
        for (ScoreDoc scoreDoc : all.scoreDocs) {
            Document doc = stored.document(scoreDoc.doc);
            TagWeight tag = new TagWeight(
                    doc.get(IndexFields.SHOW_TITLE),
                    doc.getField(IndexFields.WEIGHT).numericValue().intValue());
            int rank = doc.getField(IndexFields.NUMBER).numericValue().intValue();
            Language.fromCode(doc.get(IndexFields.LANG))
                    .ifPresent(language -> ranked.computeIfAbsent(language, l -> new ArrayList<>())
                            .add(new Ranked(rank, tag)));
        }
        Map<Language, List<TagWeight>> result = new EnumMap<>(Language.class);
        ranked.forEach((language, list) -> result.put(
                language,
                list.stream()
                        .sorted(Comparator.comparingInt(Ranked::rank))
                        .map(Ranked::tag)
                        .toList()));
        return result;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            analyzers.close();
            directory.close();
        }
    }
}
