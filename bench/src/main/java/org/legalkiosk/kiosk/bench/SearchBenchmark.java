package org.legalkiosk.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.ContentSearcher;
import org.legalkiosk.content.search.SearchIndexBuilder;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * Search over every explainer and every installed statute article against a plain CJK-bigram Lucene index of
 * the same documents ({@link BigramBaseline}), built in the same run: how often the village questions find their
 * answer ({@link SearchQuality}), the latency of the first page for short words and for the village questions,
 * in characters and in pinyin, and the time to build each index.
 */
final class SearchBenchmark {

    static final List<String> CHINESE = List.of(
            "工资", "拖欠工资", "离婚", "孩子抚养费", "遗产", "遗嘱", "借条", "利息", "承包地", "宅基地", "交通事故", "狗咬", "彩礼", "家暴", "法律援助", "调解",
            "诉讼时效", "赡养", "邻居", "征收");
    static final List<String> PINYIN = List.of(
            "gongzi",
            "qianxin",
            "lihun",
            "fuyangfei",
            "yichan",
            "yizhu",
            "jietiao",
            "lixi",
            "chengbaodi",
            "zhaijidi",
            "jiaotong",
            "gouyao",
            "caili",
            "jiabao",
            "falvyuanzhu",
            "tiaojie",
            "lh",
            "yc",
            "jt",
            "zjd");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The search screen asks for this many results at a time (SearchViewModel.MAX_RESULTS). */
    static final int FIRST_PAGE = 20;

    private final ContentLibrary library;
    private final StatuteLibrary statutes;
    private final int rounds;

    SearchBenchmark(ContentLibrary library, StatuteLibrary statutes, int rounds) {
        this.library = library;
        this.statutes = statutes;
        this.rounds = rounds;
    }

    /** @param latency whether to measure latency too, or only how often the questions find their answer */
    void run(PrintWriter out, Path work, boolean latency) throws IOException {
        EvaluationSet questions = EvaluationSet.bundled(library, statutes);
        int articles = 0;
        for (var law : library.laws()) {
            articles += statutes.statute(law.id()).map(s -> s.articles().size()).orElse(0);
        }
        out.printf(
                Locale.ROOT,
                "Corpus: %d explainers, %d statute articles; %d village questions (%s)%n%n",
                library.allExplainers().size(),
                articles,
                questions.questions().size(),
                EvaluationSet.RESOURCE);

        Path index = work.resolve("index");
        long buildStart = System.nanoTime();
        SearchIndexBuilder.build(library, statutes, index);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        long baselineStart = System.nanoTime();
        try (BigramBaseline baseline = new BigramBaseline(library, statutes);
                ContentSearcher searcher = ContentSearcher.open(index)) {
            double baselineMs = (System.nanoTime() - baselineStart) / 1e6;
            out.printf(
                    Locale.ROOT,
                    "Index build: %.0f ms; plain bigram index (baseline): %.0f ms (%.1f×)%n%n",
                    buildMs,
                    baselineMs,
                    buildMs / baselineMs);

            out.printf("### Village questions found%n%n");
            new SearchQuality(questions).run(out, searcher, baseline);
            EvaluationSet heldOut = EvaluationSet.bundled(EvaluationSet.HELD_OUT, library, statutes);
            out.printf(
                    "%n### Held-out village questions (%d, %s: not used to tune the content)%n%n",
                    heldOut.questions().size(), EvaluationSet.HELD_OUT);
            new SearchQuality(heldOut).run(out, searcher, baseline);
            if (!latency) {
                return;
            }

            out.printf(
                    "%n### Latency of the first page (%d results, as the search screen asks; baseline without snippets)%n%n",
                    FIRST_PAGE);
            out.println("| queries | kiosk median µs | kiosk p99 µs | baseline median µs | baseline p99 µs "
                    + "| median ratio | p99 ratio | CPU time ratio |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            Query kiosk = q -> searcher.search(q, Language.ZH, FIRST_PAGE).size();
            Query plain = q -> baseline.search(q, FIRST_PAGE).size();
            List<String> villageCharacters = queries(questions, EvaluationSet.Script.CHARACTERS);
            row(out, "words, characters", CHINESE, kiosk, CHINESE, plain);
            row(out, "words, pinyin ¹", PINYIN, kiosk, CHINESE, plain);
            row(out, "village questions, characters", villageCharacters, kiosk, villageCharacters, plain);
            row(
                    out,
                    "village questions, pinyin ¹",
                    queries(questions, EvaluationSet.Script.PINYIN),
                    kiosk,
                    villageCharacters,
                    plain);
            out.printf(
                    "%n¹ The baseline reads no pinyin (it finds nothing in a few µs), so pinyin rows are measured against"
                            + " the baseline answering the character queries above them in the same run. Queries of the kiosk and the baseline alternate; the CPU time ratio is of the"
                            + " mean thread CPU time per query, which the load of other processes barely moves.%n");
        }
    }

    private static List<String> queries(EvaluationSet set, EvaluationSet.Script script) {
        return set.in(script).stream().map(EvaluationSet.Question::query).toList();
    }

    private void row(
            PrintWriter out,
            String name,
            List<String> queries,
            Query search,
            List<String> baselineQueries,
            Query baseline) {
        // Warm up both paths so the JIT has compiled them before anything is measured.
        for (int i = 0; i < 3; i++) {
            measure(queries, search, baselineQueries, baseline);
        }
        Timings[] t = measure(queries, search, baselineQueries, baseline);
        Timings s = t[0];
        Timings b = t[1];
        out.printf(
                Locale.ROOT,
                "| %s (%d) | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f |%n",
                name,
                queries.size(),
                s.medianMicros(),
                s.p99Micros(),
                b.medianMicros(),
                b.p99Micros(),
                s.medianMicros() / b.medianMicros(),
                s.p99Micros() / b.p99Micros(),
                t[2].meanMicros() / t[3].meanMicros());
    }

    /**
     * Wall and CPU time of each query, the kiosk's and the baseline's taken in turn (one kiosk query, one baseline
     * query, ...), so a burst of load on the shared machine falls on both alike. CPU time of the thread does not
     * count the time the thread waited for a core, which is most of the noise here.
     *
     * @return kiosk wall, baseline wall, kiosk CPU, baseline CPU
     */
    private Timings[] measure(List<String> queries, Query query, List<String> baselineQueries, Query baseline) {
        int n = queries.size() * rounds;
        int m = baselineQueries.size() * rounds;
        long[][] samples = {new long[n], new long[m], new long[n], new long[m]};
        int[] at = new int[2];
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < Math.max(queries.size(), baselineQueries.size()); i++) {
                if (i < queries.size()) {
                    sink += timed(query, queries.get(i), samples[0], samples[2], at[0]++);
                }
                if (i < baselineQueries.size()) {
                    sink += timed(baseline, baselineQueries.get(i), samples[1], samples[3], at[1]++);
                }
            }
        }
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable; keeps the results alive");
        }
        return new Timings[] {
            Timings.of(samples[0]), Timings.of(samples[1]), Timings.of(samples[2]), Timings.of(samples[3])
        };
    }

    private static int timed(Query query, String q, long[] wall, long[] cpu, int i) {
        long c = THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        int found = query.run(q);
        wall[i] = System.nanoTime() - t;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        return found;
    }

    @FunctionalInterface
    interface Query {
        int run(String q);
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("legalkiosk-bench-");
    }
}
