package org.legalkiosk.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * The bundled sample content, with the official statutes when they are at hand, indexed once for all search
 * tests (building takes a few seconds with the whole Civil Code).
 */
final class SearchFixture {

    private static ContentLibrary library;
    private static StatuteLibrary statutes;
    private static Path index;

    private SearchFixture() {}

    static synchronized ContentLibrary library() {
        if (library == null) {
            try {
                library = new ContentLoader().loadStrict(TestContent.bundledRoot());
            } catch (Exception e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return library;
    }

    static synchronized StatuteLibrary statutes() {
        if (statutes == null) {
            statutes = TestContent.statutes()
                    .map(dir -> StatuteLibrary.load(dir, library().laws()))
                    .orElseGet(StatuteLibrary::empty);
        }
        return statutes;
    }

    static boolean hasCivilCode() {
        return statutes().isInstalled("civil-code");
    }

    /** The shared index; every test opens its own searcher on it. */
    static synchronized Path index() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("legalkiosk-search-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                index = dir.resolve("index");
                SearchIndexBuilder.build(library(), statutes(), index);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    static ContentSearcher open() {
        try {
            return ContentSearcher.open(index());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
