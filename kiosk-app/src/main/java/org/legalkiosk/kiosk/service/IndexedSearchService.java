package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.ContentSearcher;
import org.legalkiosk.content.search.SearchHit;
import org.legalkiosk.content.search.TagWeight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search backed by the Lucene index stored with a content version. A failing search is logged and answered
 * with nothing found: a broken index must not break the screen.
 */
public final class IndexedSearchService implements SearchService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexedSearchService.class);

    private final ContentSearcher searcher;

    private IndexedSearchService(ContentSearcher searcher) {
        this.searcher = searcher;
    }

    public static IndexedSearchService open(Path indexDir) throws IOException {
        return new IndexedSearchService(ContentSearcher.open(indexDir));
    }

    @Override
    public List<SearchHit> search(String query, Language language, int limit) {
        try {
            return searcher.search(query, language, limit);
        } catch (RuntimeException e) {
            LOG.warn("Search failed: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public List<String> suggest(String prefix, Language language, int limit) {
        try {
            return searcher.suggest(prefix, language, limit);
        } catch (RuntimeException e) {
            LOG.warn("Suggestions failed: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public List<TagWeight> tags(Language language, int limit) {
        try {
            return searcher.tagCloud(language, limit);
        } catch (RuntimeException e) {
            LOG.warn("Tag cloud failed: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        searcher.close();
    }
}
