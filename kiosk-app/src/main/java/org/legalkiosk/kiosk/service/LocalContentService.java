package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormLoader;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckLoader;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteJson;
import org.legalkiosk.content.statute.StatuteLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Content read from a folder on this terminal (or inside the jar), with statutes from another folder. */
public final class LocalContentService implements ContentService {

    private static final Logger LOG = LoggerFactory.getLogger(LocalContentService.class);

    /** Where an activated content version keeps its search index (built when the version was activated). */
    public static final String INDEX_FOLDER = "index";
    /** The legal-aid self-check inside a content version. */
    public static final String SELF_CHECK_FILE = "selfcheck/legal-aid.yaml";

    /** Recordings a county made of its explainers, played instead of the synthetic voice: audio/KIND/ID.LANG.wav. */
    static final String RECORDINGS_FOLDER = "audio";

    private final Path root;
    private final ContentLibrary library;
    private final StatuteLibrary statutes;
    private final LazySearch search;
    private final Optional<SelfCheck> selfCheck;
    private volatile List<FormDefinition> forms;

    private LocalContentService(
            Path root,
            ContentLibrary library,
            StatuteLibrary statutes,
            Optional<SelfCheck> selfCheck,
            Optional<SearchIndexCache> cache,
            List<Path> sources) {
        this.root = root;
        this.library = library;
        this.statutes = statutes;
        this.search = new LazySearch(root.resolve(INDEX_FOLDER), library, statutes, cache, sources);
        this.selfCheck = selfCheck;
    }

    /**
     * Loads and validates the content under {@code root}; refuses content with any problem, because a villager
     * must never read a half-checked explainer. Statutes are optional. Content without an index of its own (not
     * an activated version) gets one built in a temporary folder at each start.
     */
    public static LocalContentService open(Path root, Optional<Path> statuteDir) throws ContentValidationException {
        return open(root, statuteDir, Optional.empty());
    }

    /**
     * As {@link #open(Path, Optional)}; content without an index of its own gets the one kept in {@code dataDir}
     * for exactly this content, built there on the first start (the demo, a {@code --content-dir}).
     */
    public static LocalContentService open(Path root, Optional<Path> statuteDir, Optional<Path> dataDir)
            throws ContentValidationException {
        ContentLibrary library = new ContentLoader().loadStrict(root);
        // Statutes shipped inside the content win; otherwise the official Markdown texts, if a folder was given.
        boolean shipped = Files.isDirectory(root.resolve(StatuteJson.FOLDER));
        StatuteLibrary statutes = shipped
                ? StatuteLibrary.loadFromContent(root, library.laws())
                : statuteDir
                        .map(dir -> StatuteLibrary.load(dir, library.laws()))
                        .orElseGet(StatuteLibrary::empty);
        List<Path> sources = shipped || statuteDir.isEmpty() ? List.of(root) : List.of(root, statuteDir.get());
        LOG.info(
                "Content loaded from {}: {} categories, {} explainers; {} statute text(s) installed",
                root,
                library.categories().size(),
                library.allExplainers().size(),
                statutes.size());
        return new LocalContentService(
                root,
                library,
                statutes,
                loadSelfCheck(root, library),
                dataDir.map(SearchIndexCache::inDataDir),
                sources);
    }

    /**
     * The self-check is optional. A broken one is logged and left out rather than refusing the whole version:
     * the explainers stay readable and the self-check tile says the check is not available here, where refusing
     * would leave a terminal that restarts on this version with nothing on screen at all.
     */
    private static Optional<SelfCheck> loadSelfCheck(Path root, ContentLibrary library) {
        Path file = root.resolve(SELF_CHECK_FILE);
        if (!Files.isRegularFile(file)) {
            LOG.info("No legal-aid self-check in {}", root);
            return Optional.empty();
        }
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new SelfCheckLoader(List.copyOf(library.laws())).read(yaml, SELF_CHECK_FILE));
        } catch (ContentValidationException e) {
            e.problems().forEach(p -> LOG.error("Self-check left out: {}", p));
            return Optional.empty();
        } catch (IOException e) {
            LOG.error("Self-check left out: cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
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
    public Optional<SelfCheck> selfCheck() {
        return selfCheck;
    }

    /**
     * Read on first use, not at start (most visits never open a form). Broken forms are logged and left out, as a
     * broken self-check is: content build and apply refuse them, so this only guards against a hand-edited folder.
     */
    @Override
    public List<FormDefinition> forms() {
        List<FormDefinition> loaded = forms;
        if (loaded == null) {
            try {
                loaded = FormLoader.loadAll(root);
            } catch (ContentValidationException e) {
                e.problems().forEach(p -> LOG.error("Forms left out: {}", p));
                loaded = List.of();
            } catch (IOException e) {
                LOG.error("Forms left out: cannot read {}: {}", root, e.toString());
                loaded = List.of();
            }
            forms = loaded;
        }
        return loaded;
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

    @Override
    public Optional<Path> recording(String key) {
        if (!key.matches("[a-z0-9-]+/[a-z0-9-]+\\.(zh|en)")
                || root.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            // The player needs a real file: the sample content inside the jar carries no recordings.
            return Optional.empty();
        }
        for (String extension : new String[] {".wav", ".ogg"}) {
            Path file = root.resolve(RECORDINGS_FOLDER).resolve(key + extension);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
