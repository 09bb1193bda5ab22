package org.legalkiosk.kiosk.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.ContentSearcher;
import org.legalkiosk.content.search.SearchHit;

/**
 * How often the village questions find an answer among the first 1, 3 and 10 results, in characters and in
 * pinyin, for the kiosk's search and for the plain bigram index. A measurement, not a test: the set is there to
 * show where search stands, and the misses are listed so a county can see which words still lack a bridge.
 */
final class SearchQuality {

    private static final int[] RANKS = {1, 3, 10};
    private static final int DEPTH = 10;

    private final EvaluationSet set;

    SearchQuality(EvaluationSet set) {
        this.set = set;
    }

    void run(PrintWriter out, ContentSearcher searcher, BigramBaseline baseline) {
        out.println("| questions | n | kiosk hit@1 | hit@3 | hit@10 | bigram baseline hit@1 | hit@3 | hit@10 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (EvaluationSet.Script script : EvaluationSet.Script.values()) {
            List<EvaluationSet.Question> questions = set.in(script);
            int[] kiosk = hits(questions, q -> kioskRank(searcher, q));
            int[] plain = hits(questions, q -> baselineRank(baseline, q));
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s | %s |%n",
                    script.name().toLowerCase(Locale.ROOT),
                    questions.size(),
                    percent(kiosk[0], questions.size()),
                    percent(kiosk[1], questions.size()),
                    percent(kiosk[2], questions.size()),
                    percent(plain[0], questions.size()),
                    percent(plain[1], questions.size()),
                    percent(plain[2], questions.size()));
        }
        out.printf("%nNot in the kiosk's top 3 (question → first three results):%n%n");
        for (EvaluationSet.Question q : set.questions()) {
            if (kioskRank(searcher, q) > 3) {
                List<String> top = searcher.search(q.query(), Language.ZH, 3).stream()
                        .map(SearchQuality::name)
                        .toList();
                out.printf("- line %d `%s` → %s%n", q.line(), q.query(), top);
            }
        }
    }

    private static int[] hits(List<EvaluationSet.Question> questions, Function<EvaluationSet.Question, Integer> rank) {
        int[] counts = new int[RANKS.length];
        for (EvaluationSet.Question q : questions) {
            int r = rank.apply(q);
            for (int i = 0; i < RANKS.length; i++) {
                if (r <= RANKS[i]) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    /** 1-based rank of the first answer among the first {@link #DEPTH} results; past the end if none. */
    static int kioskRank(ContentSearcher searcher, EvaluationSet.Question q) {
        List<SearchHit> hits = searcher.search(q.query(), Language.ZH, DEPTH);
        for (int i = 0; i < hits.size(); i++) {
            if (q.answeredBy(hits.get(i))) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    static int baselineRank(BigramBaseline baseline, EvaluationSet.Question q) {
        List<BigramBaseline.Answer> hits = baseline.search(q.query(), DEPTH);
        for (int i = 0; i < hits.size(); i++) {
            if (q.answeredBy(hits.get(i).explainer(), hits.get(i).article())) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String name(SearchHit hit) {
        return hit.kind() == SearchHit.Kind.EXPLAINER
                ? hit.explainerId()
                : hit.article().lawId() + ":" + hit.article().number();
    }

    private static String percent(int hits, int of) {
        return String.format(Locale.ROOT, "%d (%.0f %%)", hits, of == 0 ? 0 : 100.0 * hits / of);
    }
}
