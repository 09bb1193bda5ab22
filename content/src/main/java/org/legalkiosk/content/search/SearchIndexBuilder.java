package org.legalkiosk.content.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.PathParts;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the search index of one content version. It is built beside its final place and renamed into it, so
 * a reader finds either no index or a whole one, never half of one; the version's folder then carries its own
 * index, and switching versions switches the index with it.
 */
public final class SearchIndexBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexBuilder.class);

    /**
     * The layout of the index: analyzers, fields and stored documents. Bump it with every change to any of them,
     * so an index built by another version is rebuilt rather than misread; an index cache keyed by the
     * content's hash must include it. 2: folded-pinyin fields, the synonym bridge stored in the index. 3: offsets
     * kept for the pinyin, initials, folded and English words of the shown fields (snippets, decision 0076).
     */
    public static final String FORMAT_VERSION = "3";

    /** The same version under the name the index cache reads (kiosk {@code SearchIndexCache}). */
    public static final String INDEX_FORMAT = FORMAT_VERSION;

    /** Tags are suggested before titles: short, and what the tag cloud shows too. */
    private static final int TAG_SUGGESTION_WEIGHT = 10;

    private static final int TITLE_SUGGESTION_WEIGHT = 5;

    private SearchIndexBuilder() {}

    /**
     * Indexes every explainer of {@code library} and every article of {@code statutes} into {@code indexDir},
     * replacing what was there.
     */
    public static void build(ContentLibrary library, StatuteLibrary statutes, Path indexDir) throws IOException {
        long started = System.nanoTime();
        Path target = indexDir.toAbsolutePath().normalize();
        Path parent = PathParts.parent(target);
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, ".index-building-");
        try {
            int documents = write(library, statutes, building);
            replace(building, target);
            LOG.info(
                    "Search index of {} documents written to {} in {} ms",
                    documents,
                    target,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteRecursively(building);
        }
    }

    private static int write(ContentLibrary library, StatuteLibrary statutes, Path folder) throws IOException {
        Pinyin pinyin = Pinyin.shared();
        IndexDocuments documents = new IndexDocuments(pinyin);
        try (SearchAnalyzers analyzers = new SearchAnalyzers(pinyin);
                Directory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, config(analyzers))) {
            for (Explainer explainer : library.allExplainers()) {
                writer.addDocument(documents.explainer(explainer));
            }
            for (Law law : library.laws()) {
                Statute statute = statutes.statute(law.id()).orElse(null);
                if (statute == null) {
                    continue;
                }
                for (StatuteArticle article : statute.articles()) {
                    writer.addDocument(documents.article(law, article));
                }
            }
            writer.addDocument(documents.synonyms(library.synonyms()));
            for (Language language : Language.values()) {
                List<TagWeight> tags = TagCounts.in(library, language);
                for (int rank = 0; rank < tags.size(); rank++) {
                    writer.addDocument(documents.tag(tags.get(rank), language, rank));
                }
            }
            for (Map.Entry<Suggestion, Integer> s : suggestions(library).entrySet()) {
                writer.addDocument(
                        documents.suggestion(s.getKey().text(), s.getKey().language(), s.getValue()));
            }
            writer.setLiveCommitData(
                    Map.of(IndexFields.FORMAT_KEY, IndexFields.FORMAT).entrySet());
            // One segment: the index never changes once written, and one segment is the quickest to search.
            writer.forceMerge(1);
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    private static IndexWriterConfig config(SearchAnalyzers analyzers) {
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setCommitOnClose(false);
        config.setUseCompoundFile(true);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private record Suggestion(String text, Language language) {}

    /** Every tag and title in each language it is written in, a tag weighed by how many explainers use it. */
    private static Map<Suggestion, Integer> suggestions(ContentLibrary library) {
        Map<Suggestion, Integer> weights = new LinkedHashMap<>();
        for (Explainer e : library.allExplainers()) {
            weights.merge(new Suggestion(e.title().strip(), e.language()), TITLE_SUGGESTION_WEIGHT, Math::max);
            for (String tag : e.tags()) {
                weights.merge(new Suggestion(tag.strip(), e.language()), TAG_SUGGESTION_WEIGHT, Integer::sum);
            }
        }
        weights.keySet().removeIf(s -> s.text().isEmpty());
        return weights;
    }

    /**
     * Puts the finished index in place. A folder cannot be renamed over a non-empty one, so an old index is
     * first moved aside; the version being indexed is not live yet, so the short gap harms no reader.
     */
    private static void replace(Path building, Path target) throws IOException {
        Path parent = PathParts.parent(target);
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve(".index-old-" + System.nanoTime());
            move(target, old);
        }
        try {
            move(building, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        syncDirectory(parent);
        if (old != null) {
            deleteRecursively(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory for this, and that is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot sync directory {}: {}", dir, e.getMessage());
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
