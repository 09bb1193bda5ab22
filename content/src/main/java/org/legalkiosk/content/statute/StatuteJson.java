package org.legalkiosk.content.statute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.legalkiosk.content.source.PathParts;

/**
 * A statute as content: one JSON file per law ({@code statutes/<law-id>.json}) with every article and where it
 * stands. The official Markdown is parsed once, by {@code legalkiosk content import-statute}, so terminals
 * receive a layout that no longer depends on the corpus's quirks and load it quickly.
 */
public final class StatuteJson {

    /** Where statutes live inside a content folder or an activated content version. */
    public static final String FOLDER = "statutes";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StatuteJson() {}

    public static Path fileFor(Path contentRoot, String lawId) {
        return contentRoot.resolve(FOLDER).resolve(lawId + ".json");
    }

    public static void write(Statute statute, Path file) throws IOException {
        Files.createDirectories(PathParts.parent(file));
        Path temp = file.resolveSibling(PathParts.fileName(file) + ".tmp");
        JSON.writeValue(temp.toFile(), statute);
        Files.move(
                temp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a statute written by {@link #write}; checks the numbering like the Markdown parser does. */
    public static Statute read(Path file) throws IOException, StatuteFormatException {
        Statute statute = JSON.readValue(file.toFile(), Statute.class);
        List<StatuteArticle> articles = statute.articles() == null ? List.of() : statute.articles();
        if (articles.isEmpty()) {
            throw new StatuteFormatException(PathParts.fileName(file), 1, "no articles");
        }
        List<StatuteArticle> checked = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).number() != i + 1) {
                throw new StatuteFormatException(
                        PathParts.fileName(file),
                        1,
                        "article " + articles.get(i).number() + " found where article " + (i + 1) + " belongs");
            }
            checked.add(articles.get(i));
        }
        return new Statute(statute.lawId(), statute.title(), checked);
    }
}
