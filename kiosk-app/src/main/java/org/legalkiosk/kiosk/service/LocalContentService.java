package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteJson;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Content read from a folder on this terminal (or inside the jar), with statutes from another folder. */
public final class LocalContentService implements ContentService {

    private static final Logger LOG = LoggerFactory.getLogger(LocalContentService.class);

    /** Where an activated content version keeps its search index (built when the version was activated). */
    public static final String INDEX_FOLDER = "index";

    private final Path root;
    private final ContentLibrary library;
    private final StatuteLibrary statutes;
    private final LazySearch search;

    private LocalContentService(Path root, ContentLibrary library, StatuteLibrary statutes) {
        this.root = root;
        this.library = library;
        this.statutes = statutes;
        this.search = new LazySearch(root.resolve(INDEX_FOLDER), library, statutes);
    }

    /**
     * Loads and validates the content under {@code root}; refuses content with any problem, because a villager
     * must never read a half-checked explainer. Statutes are optional.
     */
    public static LocalContentService open(Path root, Optional<Path> statuteDir) throws ContentValidationException {
        ContentLibrary library = new ContentLoader().loadStrict(root);
        // Statutes shipped inside the content win; otherwise the official Markdown texts, if a folder was given.
        StatuteLibrary statutes = Files.isDirectory(root.resolve(StatuteJson.FOLDER))
                ? StatuteLibrary.loadFromContent(root, library.laws())
                : statuteDir.map(dir -> StatuteLibrary.load(dir, library.laws())).orElseGet(StatuteLibrary::empty);
        LOG.info("Content loaded from {}: {} categories, {} explainers; {} statute text(s) installed",
                root, library.categories().size(), library.allExplainers().size(), statutes.size());
        return new LocalContentService(root, library, statutes);
    }

    @Override
    public ContentLibrary library() {
        return library;
    }

    @Override
    public Optional<StatuteArticle> article(String lawId, int number) {
        return statutes.article(lawId, number);
    }

    @Override
    public boolean isStatuteInstalled(String lawId) {
        return statutes.isInstalled(lawId);
    }

    @Override
    public SearchService search() {
        return search;
    }

    /** Builds the search index now rather than at the first search (e.g. in the background at start-up). */
    public void prepareSearch() {
        search.delegate();
    }

    @Override
    public Optional<Statute> statute(String lawId) {
        return statutes.statute(lawId);
    }

    @Override
    public Optional<InputStream> openImage(String path) {
        if (!path.matches("images/[A-Za-z0-9._-]+") || path.contains("..")) {
            return Optional.empty();
        }
        Path file = root.resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot open image {}: {}", path, e.getMessage());
            return Optional.empty();
        }
    }
}
