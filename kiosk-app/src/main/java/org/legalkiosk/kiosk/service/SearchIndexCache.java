package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.search.IndexIntegrity;
import org.legalkiosk.content.search.SearchIndexBuilder;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search indexes of content that is not an activated version (the demo's sample content, a developer's
 * {@code --content-dir}), kept in the data directory so a start does not rebuild one (about 5 s of one of the
 * two cores). Each lives in {@code DATA_DIR/search-index/<format>-<content fingerprint>}: a change of the content
 * or of the index format names another folder, so a stale index is never opened. An index is built beside its
 * place, synced and renamed into it ({@link SearchIndexBuilder}), so a crash leaves no half-written one under its
 * name; one that is damaged anyway (a bad SD card) fails its checksums on opening and is rebuilt.
 */
final class SearchIndexCache {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexCache.class);

    /** Under the data directory. */
    static final String FOLDER = "search-index";

    private final Path dir;

    SearchIndexCache(Path dir) {
        this.dir = dir;
    }

    static SearchIndexCache inDataDir(Path dataDir) {
        return new SearchIndexCache(dataDir.resolve(FOLDER));
    }

    /** Where the index of content with this fingerprint lives. */
    Path folderFor(String fingerprint) {
        return dir.resolve("f" + SearchIndexBuilder.INDEX_FORMAT + "-" + fingerprint);
    }

    /**
     * Opens the cached index of the content in {@code sources}, building (and keeping) it first if there is none
     * or the one there is damaged; indexes of other content are removed once this one is in place.
     */
    IndexedSearchService openOrBuild(List<Path> sources, ContentLibrary library, StatuteLibrary statutes)
            throws IOException {
        long started = System.nanoTime();
        Path folder = folderFor(ContentFingerprint.of(sources));
        if (Files.isDirectory(folder)) {
            try {
                IndexIntegrity.check(folder);
                IndexedSearchService opened = IndexedSearchService.open(folder);
                LOG.info(
                        "Search index opened from the cache {} in {} ms",
                        folder,
                        (System.nanoTime() - started) / 1_000_000);
                return opened;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cached search index {} is damaged, rebuilding it: {}", folder, e.toString());
            }
        }
        Files.createDirectories(dir);
        SearchIndexBuilder.build(library, statutes, folder);
        removeAllBut(folder);
        LOG.info("Search index built into the cache {} in {} ms", folder, (System.nanoTime() - started) / 1_000_000);
        return IndexedSearchService.open(folder);
    }

    /** Old content's indexes and what an interrupted build left (hidden temporary folders). */
    private void removeAllBut(Path keep) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> !p.equals(keep)).toList()) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
