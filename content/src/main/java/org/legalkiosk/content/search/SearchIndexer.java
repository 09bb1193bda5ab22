package org.legalkiosk.content.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * Builds the search index of a content version inside its folder ({@code <versionDir>/index}), when the
 * version is activated: the content store calls {@link #index} once, and every start of the kiosk after that
 * just opens the index.
 */
public final class SearchIndexer {

    public static final String INDEX_FOLDER = "index";
    static final String STATUTES_FOLDER = "statutes";

    private final ContentLoader loader = new ContentLoader();

    /** Where the index of the version in {@code versionDir} lives. */
    public static Path indexDir(Path versionDir) {
        return versionDir.resolve(INDEX_FOLDER);
    }

    /**
     * Loads and checks the content in {@code versionDir}, and the statutes in its {@code statutes} folder if it
     * has one, then writes {@code versionDir/index}.
     *
     * @throws IOException if the content is not valid (the message lists every problem) or cannot be written
     */
    public void index(Path versionDir) throws IOException {
        ContentLibrary library;
        try {
            library = loader.loadStrict(versionDir);
        } catch (ContentValidationException e) {
            throw new IOException("Cannot index " + versionDir + ": " + e.getMessage(), e);
        }
        SearchIndexBuilder.build(library, statutes(versionDir, library), indexDir(versionDir));
    }

    /**
     * A version ships its statutes as JSON ({@code statutes/<law>.json}); a folder of the official Markdown texts
     * is read as well, so either layout gets its articles indexed.
     */
    private static StatuteLibrary statutes(Path versionDir, ContentLibrary library) {
        Path folder = versionDir.resolve(STATUTES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return StatuteLibrary.empty();
        }
        StatuteLibrary shipped = StatuteLibrary.loadFromContent(versionDir, library.laws());
        return shipped.size() > 0 ? shipped : StatuteLibrary.load(folder, library.laws());
    }
}
