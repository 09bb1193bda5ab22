package org.legalkiosk.kiosk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.search.SearchHit;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * The village questions search is measured with ({@code search/village-questions.tsv}): each question with the
 * explainers and statute articles that answer it. Every answer is checked against the content and, for laws
 * whose text is installed, against the official text, so a renamed explainer or a mistyped article number is a
 * {@code file:line} error rather than a silent miss.
 */
record EvaluationSet(List<EvaluationSet.Question> questions) {

    static final String RESOURCE = "/search/village-questions.tsv";
    /** Questions the content was not tuned against, reported on their own (see the file's header). */
    static final String HELD_OUT = "/search/village-questions-held-out.tsv";

    private static final Pattern ARTICLE = Pattern.compile("([a-z0-9-]+):([0-9]{1,4})");
    private static final Pattern EXPLAINER = Pattern.compile("[a-z0-9-]{3,60}");

    /** Whether a question is typed in characters (maybe mixed with letters) or in pinyin letters only. */
    enum Script {
        CHARACTERS,
        PINYIN
    }

    record Question(int line, String query, Set<String> explainers, Set<Citation.Article> articles) {

        Script script() {
            return query.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? Script.CHARACTERS
                    : Script.PINYIN;
        }

        boolean answeredBy(SearchHit hit) {
            return hit.kind() == SearchHit.Kind.EXPLAINER
                    ? explainers.contains(hit.explainerId())
                    : articles.contains(hit.article());
        }

        boolean answeredBy(Optional<String> explainer, Optional<Citation.Article> article) {
            return explainer.map(explainers::contains).orElse(false)
                    || article.map(articles::contains).orElse(false);
        }
    }

    EvaluationSet {
        questions = List.copyOf(questions);
    }

    List<Question> in(Script script) {
        return questions.stream().filter(q -> q.script() == script).toList();
    }

    /** The set shipped with the bench, checked against {@code library} and {@code statutes}. */
    static EvaluationSet bundled(ContentLibrary library, StatuteLibrary statutes) throws IOException {
        return bundled(RESOURCE, library, statutes);
    }

    /** The set in the bench's resource {@code resource}, checked against {@code library} and {@code statutes}. */
    static EvaluationSet bundled(String resource, ContentLibrary library, StatuteLibrary statutes) throws IOException {
        try (InputStream in = Objects.requireNonNull(EvaluationSet.class.getResourceAsStream(resource), resource)) {
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), library, statutes);
        }
    }

    /**
     * Reads {@code query<TAB>answer answer ...} lines ({@code #} comments); every problem is listed as
     * {@code name:line: message} in one exception.
     */
    static EvaluationSet parse(String name, String text, ContentLibrary library, StatuteLibrary statutes) {
        List<Question> questions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] parts = lines[i].split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                errors.add(name + ":" + number + ": expected 'question<TAB>answers'");
                continue;
            }
            Set<String> explainers = new LinkedHashSet<>();
            Set<Citation.Article> articles = new LinkedHashSet<>();
            for (String answer : parts[1].strip().split("\\s+")) {
                check(answer, library, statutes)
                        .ifPresentOrElse(e -> errors.add(name + ":" + number + ": " + e), () -> {
                            Matcher m = ARTICLE.matcher(answer);
                            if (m.matches()) {
                                articles.add(new Citation.Article(m.group(1), Integer.parseInt(m.group(2))));
                            } else {
                                explainers.add(answer);
                            }
                        });
            }
            questions.add(new Question(number, parts[0].strip(), explainers, articles));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The evaluation set has errors:\n" + String.join("\n", errors));
        }
        return new EvaluationSet(questions);
    }

    /** What is wrong with one answer, if anything. */
    private static Optional<String> check(String answer, ContentLibrary library, StatuteLibrary statutes) {
        Matcher m = ARTICLE.matcher(answer);
        if (m.matches()) {
            String lawId = m.group(1);
            int number = Integer.parseInt(m.group(2));
            Optional<Law> law = library.law(lawId);
            if (law.isEmpty()) {
                return Optional.of("no law '" + lawId + "' in laws.yaml");
            }
            if (!law.get().hasArticle(number)) {
                return Optional.of(law.get().name().zh() + " has no article " + number);
            }
            if (statutes.isInstalled(lawId) && statutes.article(lawId, number).isEmpty()) {
                return Optional.of("article " + number + " is not in the official text of " + lawId);
            }
            return Optional.empty();
        }
        if (!EXPLAINER.matcher(answer).matches()) {
            return Optional.of("'" + answer + "' is neither an explainer id nor law:article");
        }
        if (library.explainer(answer, Language.ZH).isEmpty()) {
            return Optional.of("no explainer '" + answer + "'");
        }
        return Optional.empty();
    }
}
