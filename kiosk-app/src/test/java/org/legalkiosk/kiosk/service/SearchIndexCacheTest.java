package org.legalkiosk.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Content without an index of its own (the demo, a --content-dir) gets its index from the data directory: built
 * on the first start, opened on the next, rebuilt when the content changes or the index is damaged.
 */
class SearchIndexCacheTest {

    @TempDir
    static Path shared;

    /** A copy of the sample content (its explainers, no statutes): three index builds in all. */
    static Path content;

    /** A data directory whose cache already holds the index of {@link #content}. */
    static Path built;

    @BeforeAll
    static void buildOnce() throws Exception {
        content = TestKiosk.copyOfContent(Files.createDirectories(shared.resolve("content")));
        built = Files.createDirectories(shared.resolve("built"));
        assertTrue(finds(open(content, built), "遗产"));
    }

    private static LocalContentService open(Path contentDir, Path dataDir) throws Exception {
        LocalContentService service = LocalContentService.open(contentDir, Optional.empty(), Optional.of(dataDir));
        service.prepareSearch();
        return service;
    }

    private static Path copyOfBuilt(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(built)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(built.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    private static List<Path> cached(Path dataDir) throws IOException {
        try (Stream<Path> entries = Files.list(dataDir.resolve(SearchIndexCache.FOLDER))) {
            return entries.sorted().toList();
        }
    }

    private static Map<Path, FileTime> modified(Path folder) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                times.put(f.getFileName(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private static boolean finds(LocalContentService service, String query) {
        return !service.search().search(query, Language.ZH, 3).isEmpty();
    }

    @Test
    void theNextStartOpensTheCachedIndexUnchanged(@TempDir Path dataDir) throws Exception {
        copyOfBuilt(dataDir);
        List<Path> before = cached(dataDir);
        assertEquals(1, before.size(), before.toString());
        Map<Path, FileTime> files = modified(before.get(0));

        assertTrue(finds(open(content, dataDir), "遗产"));
        assertEquals(before, cached(dataDir));
        assertEquals(files, modified(before.get(0)), "opened, not rebuilt");
    }

    @Test
    void changedContentGetsANewIndexAndTheOldOneGoes(@TempDir Path dataDir, @TempDir Path other) throws Exception {
        copyOfBuilt(dataDir);
        Path before = cached(dataDir).get(0);
        Path changed = copyOf(content, other);
        Path explainer;
        try (Stream<Path> files = Files.walk(changed.resolve("explainers"))) {
            explainer = files.filter(f -> f.toString().endsWith(".zh.md"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(explainer, Files.readString(explainer) + "\n倒插门\n");

        assertTrue(finds(open(changed, dataDir), "倒插门"), "the new word is found: the index is the new content's");
        List<Path> after = cached(dataDir);
        assertEquals(1, after.size(), after.toString());
        assertNotEquals(before, after.get(0));
    }

    @Test
    void aDamagedIndexIsRebuiltNotServedAndLeftoversOfABuildGo(@TempDir Path dataDir) throws Exception {
        copyOfBuilt(dataDir);
        Path folder = cached(dataDir).get(0);
        Path biggest;
        try (Stream<Path> files = Files.list(folder)) {
            biggest = files.max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(biggest, bytes);
        // What a build cut short by a power cut leaves: a hidden folder beside the finished ones.
        Path leftover = Files.createDirectories(folder.resolveSibling(".index-building-1"));
        Files.writeString(leftover.resolve("segments_1"), "half");

        assertTrue(finds(open(content, dataDir), "遗产"));
        assertEquals(List.of(folder), cached(dataDir));
        assertFalse(Arrays.equals(bytes, Files.readAllBytes(biggest)), "rewritten");
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return to;
    }
}
