package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.statute.StatuteLibrary;

/** The index lives in the content version's folder, is written whole, and is opened read-only. */
class IndexOnDiskTest {

    @Test
    void anIndexWrittenToDiskIsReopenedWithoutRebuilding(@TempDir Path version) throws IOException {
        Path index = version.resolve("index");
        SearchIndexBuilder.build(SearchFixture.library(), StatuteLibrary.empty(), index);
        for (int i = 0; i < 2; i++) {
            try (ContentSearcher searcher = ContentSearcher.open(index)) {
                assertEquals(
                        "dog-bite",
                        searcher.search("被狗咬了", Language.ZH, 3).get(0).explainerId());
            }
        }
    }

    @Test
    void buildingAgainReplacesTheIndexAndLeavesNoTemporaryFolders(@TempDir Path version) throws IOException {
        Path index = version.resolve("index");
        SearchIndexBuilder.build(SearchFixture.library(), StatuteLibrary.empty(), index);
        SearchIndexBuilder.build(SearchFixture.library(), StatuteLibrary.empty(), index);
        try (Stream<Path> entries = Files.list(version)) {
            assertEquals(List.of(index), entries.toList());
        }
        try (ContentSearcher searcher = ContentSearcher.open(index)) {
            assertFalse(searcher.search("jh", Language.ZH, 3).isEmpty());
        }
    }

    @Test
    void searchingDoesNotWriteToTheIndexFolder(@TempDir Path version) throws IOException {
        Path index = version.resolve("index");
        SearchIndexBuilder.build(SearchFixture.library(), StatuteLibrary.empty(), index);
        List<String> before = listing(index);
        assertTrue(index.toFile().setWritable(false));
        try (ContentSearcher searcher = ContentSearcher.open(index)) {
            searcher.search("彩礼", Language.ZH, 5);
            searcher.suggest("cai", Language.ZH, 5);
            searcher.tagCloud(Language.ZH, 5);
        } finally {
            index.toFile().setWritable(true);
        }
        assertEquals(before, listing(index));
    }

    @Test
    void openingAFolderWithoutAnIndexFailsWithIoException(@TempDir Path empty) throws IOException {
        assertThrows(IOException.class, () -> ContentSearcher.open(empty.resolve("index")));
        Files.createDirectories(empty.resolve("index"));
        assertThrows(IOException.class, () -> ContentSearcher.open(empty.resolve("index")));
    }

    @Test
    void oneSearcherServesManyThreadsAtOnce() throws Exception {
        List<String> queries = List.of("被狗咬了", "jh dengji", "彩礼", "qianxin", "遗产 顺序", "(((");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (ContentSearcher searcher = SearchFixture.open()) {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String query : queries) {
                    results.add(pool.submit(() -> {
                        searcher.suggest(query, Language.ZH, 5);
                        List<SearchHit> hits = searcher.search(query, Language.ZH, 3);
                        return query + "=" + (hits.isEmpty() ? "" : hits.get(0).title());
                    }));
                }
            }
            List<String> expected = new ArrayList<>();
            for (String query : queries) {
                List<SearchHit> hits = searcher.search(query, Language.ZH, 3);
                expected.add(query + "=" + (hits.isEmpty() ? "" : hits.get(0).title()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % queries.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theIndexerBuildsTheIndexInsideTheVersionFolder(@TempDir Path version) throws IOException {
        copy(TestContent.bundledRoot(), version);
        new SearchIndexer().index(version);
        assertTrue(Files.isDirectory(SearchIndexer.indexDir(version)));
        try (ContentSearcher searcher = ContentSearcher.open(SearchIndexer.indexDir(version))) {
            assertEquals(
                    "bride-price", searcher.search("彩礼", Language.ZH, 3).get(0).explainerId());
        }
    }

    @Test
    void theIndexerRefusesInvalidContent(@TempDir Path version) throws IOException {
        Files.writeString(version.resolve("laws.yaml"), "- nonsense");
        assertThrows(IOException.class, () -> new SearchIndexer().index(version));
        assertFalse(Files.exists(SearchIndexer.indexDir(version)));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String name : List.of("categories.yaml", "laws.yaml", "notices.yaml", "explainers", "images")) {
            Path source = from.resolve(name);
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }
}
