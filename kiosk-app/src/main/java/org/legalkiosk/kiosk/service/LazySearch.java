package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.SearchHit;
import org.legalkiosk.content.search.SearchIndexBuilder;
import org.legalkiosk.content.search.TagWeight;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search for a content version, opened on first use. An activated version carries its index; content read
 * straight from a folder or the jar (the demo, a developer's checkout) gets one from the data directory's
 * {@link SearchIndexCache}, built there on the first start with that content, or, with no data directory to keep
 * it in, one built into a temporary folder that is removed when the kiosk exits.
 */
final class LazySearch implements SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(LazySearch.class);

    private final Path storedIndex;
    private final ContentLibrary library;
    private final StatuteLibrary statutes;
    private final Optional<SearchIndexCache> cache;
    private final List<Path> sources;
    private SearchService delegate;

    /**
     * @param cache where an index of content without its own is kept, if anywhere
     * @param sources the folders the content and its statutes were read from (what the cache is keyed by)
     */
    LazySearch(
            Path storedIndex,
            ContentLibrary library,
            StatuteLibrary statutes,
            Optional<SearchIndexCache> cache,
            List<Path> sources) {
        this.storedIndex = storedIndex;
        this.library = library;
        this.statutes = statutes;
        this.cache = cache;
        this.sources = List.copyOf(sources);
    }

    synchronized SearchService delegate() {
        if (delegate == null) {
            delegate = openOrBuild();
        }
        return delegate;
    }

    private SearchService openOrBuild() {
        try {
            if (Files.isDirectory(storedIndex)) {
                return IndexedSearchService.open(storedIndex);
            }
            if (cache.isPresent()) {
                return cache.get().openOrBuild(sources, library, statutes);
            }
            Path temp = Files.createTempDirectory("legalkiosk-index-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temp), "index-cleanup"));
            long start = System.nanoTime();
            Path index = temp.resolve("index");
            SearchIndexBuilder.build(library, statutes, index);
            LOG.info("Search index built in {} ms", (System.nanoTime() - start) / 1_000_000);
            return IndexedSearchService.open(index);
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Search is unavailable: {}", e.toString());
            return SearchService.NONE;
        }
    }

    @Override
    public List<SearchHit> search(String query, Language language, int limit) {
        return delegate().search(query, language, limit);
    }

    @Override
    public List<String> suggest(String prefix, Language language, int limit) {
        return delegate().suggest(prefix, language, limit);
    }

    @Override
    public List<TagWeight> tags(Language language, int limit) {
        return delegate().tags(language, limit);
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A temporary folder the system cleans up anyway.
        }
    }
}
