package org.legalkiosk.kiosk.bench;

import com.ibm.icu.text.Transliterator;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.ContentSearcher;
import org.legalkiosk.content.search.SearchIndexBuilder;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteLibrary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search latency over every explainer and every installed statute article, for Chinese and for pinyin
 * queries, against a baseline of a plain substring scan over the same texts (pinyin texts prepared in advance,
 * so the baseline only scans); and the time to build the index.
 */
final class SearchBenchmark {

    static final List<String> CHINESE = List.of("工资", "拖欠工资", "离婚", "孩子抚养费", "遗产", "遗嘱", "借条", "利息",
            "承包地", "宅基地", "交通事故", "狗咬", "彩礼", "家暴", "法律援助", "调解", "诉讼时效", "赡养", "邻居", "征收");
    static final List<String> PINYIN = List.of("gongzi", "qianxin", "lihun", "fuyangfei", "yichan", "yizhu", "jietiao",
            "lixi", "chengbaodi", "zhaijidi", "jiaotong", "gouyao", "caili", "jiabao", "falvyuanzhu", "tiaojie",
            "lh", "yc", "jt", "zjd");

    private final ContentLibrary library;
    private final StatuteLibrary statutes;
    private final int rounds;

    SearchBenchmark(ContentLibrary library, StatuteLibrary statutes, int rounds) {
        this.library = library;
        this.statutes = statutes;
        this.rounds = rounds;
    }

    void run(PrintWriter out, Path work) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Explainer e : library.allExplainers()) {
            texts.add(e.title() + "\n" + e.summary() + "\n" + String.join(" ", e.tags()) + "\n" + e.body());
        }
        int articles = 0;
        for (var law : library.laws()) {
            for (StatuteArticle a : statutes.statute(law.id()).map(Statute::articles).orElse(List.of())) {
                texts.add(a.text());
                articles++;
            }
        }
        Transliterator toPinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
        List<String> pinyinTexts = texts.stream().map(t -> toPinyin.transliterate(t).replace(" ", "")).toList();
        out.printf(Locale.ROOT, "Corpus: %d explainers, %d statute articles, %.1f MB of text%n",
                library.allExplainers().size(), articles, texts.stream().mapToLong(String::length).sum() * 2 / 1e6);

        Path index = work.resolve("index");
        long buildStart = System.nanoTime();
        SearchIndexBuilder.build(library, statutes, index);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        out.printf(Locale.ROOT, "Index build: %.0f ms%n%n", buildMs);

        try (ContentSearcher searcher = ContentSearcher.open(index)) {
            out.println("| queries | search median µs | search p99 µs | substring scan median µs | scan p99 µs | search time / scan time (median) |");
            out.println("|---|---:|---:|---:|---:|---:|");
            row(out, "Chinese", CHINESE, q -> searcher.search(q, Language.ZH, 10).size(), q -> scan(texts, q));
            row(out, "pinyin", PINYIN, q -> searcher.search(q, Language.ZH, 10).size(), q -> scan(pinyinTexts, q));
        }
    }

    private void row(PrintWriter out, String name, List<String> queries, Query search, Query scan) {
        // Warm up both paths so the JIT has compiled them before anything is measured.
        for (int i = 0; i < 3; i++) {
            measure(queries, search);
            measure(queries, scan);
        }
        Timings s = measure(queries, search);
        Timings b = measure(queries, scan);
        out.printf(Locale.ROOT, "| %s (%d) | %.0f | %.0f | %.0f | %.0f | %.1f |%n", name, queries.size(),
                s.medianMicros(), s.p99Micros(), b.medianMicros(), b.p99Micros(), s.medianMicros() / b.medianMicros());
    }

    private Timings measure(List<String> queries, Query query) {
        long[] samples = new long[queries.size() * rounds];
        int i = 0;
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                long t = System.nanoTime();
                sink += query.run(q);
                samples[i++] = System.nanoTime() - t;
            }
        }
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable; keeps the results alive");
        }
        return Timings.of(samples);
    }

    private static int scan(List<String> texts, String q) {
        int hits = 0;
        for (String t : texts) {
            if (t.contains(q)) {
                hits++;
            }
        }
        return hits;
    }

    @FunctionalInterface
    interface Query {
        int run(String q);
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("legalkiosk-bench-");
    }
}
