package org.legalkiosk.content.selfcheck;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;
import org.legalkiosk.content.source.CatalogueReader;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.source.LocatedYaml;
import org.legalkiosk.content.source.PathParts;
import org.legalkiosk.content.source.Problems;

/**
 * Reads a self-check questionnaire ({@code selfcheck/<id>.yaml}, format in {@code content/README.md}) and refuses
 * it unless every path through it ends in an outcome: each {@code next} names a question or an outcome, nothing
 * loops, nothing is unreachable and every cited article exists. All problems are reported at once as
 * {@code file:line: message}.
 */
public final class SelfCheckLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");
    private static final int MAX_OPTIONS = 8;
    private static final LocalizedText YES = LocalizedText.of("是", "Yes");
    private static final LocalizedText NO = LocalizedText.of("不是", "No");

    private final List<Law> laws;

    public SelfCheckLoader(List<Law> laws) {
        this.laws = List.copyOf(laws);
    }

    /** Reads {@code selfcheck/<name>} from a content folder, with the laws of that folder's {@code laws.yaml}. */
    public static SelfCheck loadFromContent(Path contentRoot, String name)
            throws ContentValidationException, IOException {
        Problems problems = new Problems();
        String lawsYaml = Files.readString(contentRoot.resolve("laws.yaml"), StandardCharsets.UTF_8);
        List<Law> laws = CatalogueReader.readLaws(lawsYaml, "laws.yaml", problems);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        String file = "selfcheck/" + name;
        return new SelfCheckLoader(laws)
                .read(Files.readString(contentRoot.resolve(file), StandardCharsets.UTF_8), file);
    }

    /**
     * The problems of every {@code selfcheck/*.yaml} in a content folder; none when it has no self-check. Building
     * and applying content call this so a broken interview never reaches a terminal (the screen would only hide it).
     */
    public static List<ContentProblem> problemsIn(Path contentRoot) {
        Path folder = contentRoot.resolve("selfcheck");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ContentProblem> problems = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> PathParts.fileName(f).endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                try {
                    loadFromContent(contentRoot, PathParts.fileName(file));
                } catch (ContentValidationException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(
                            new ContentProblem("selfcheck/" + file.getFileName(), 0, "unreadable: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem("selfcheck", 0, "unreadable: " + e.getMessage()));
        }
        return problems;
    }

    /** Parses and validates {@code yaml}; {@code file} is the name used in problem messages. */
    public SelfCheck read(String yaml, String file) throws ContentValidationException {
        Problems problems = new Problems();
        SelfCheck check = LocatedYaml.parse(yaml, file, problems)
                .map(root -> new Reading(file, problems).check(root))
                .orElse(null);
        if (check == null || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(file, 1, "not a self-check");
            }
            throw new ContentValidationException(problems.list());
        }
        return check;
    }

    /** One pass over one file; holds the file name and its problems so each helper stays short. */
    private final class Reading {

        private final String file;
        private final Problems problems;
        /** Line of each question's or outcome's id, for graph problems. */
        private final Map<String, Integer> lines = new HashMap<>();
        /** Line of each option's {@code next}, keyed by question id then option id. */
        private final Map<String, Map<String, Integer>> nextLines = new HashMap<>();

        Reading(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        SelfCheck check(LocatedYaml root) {
            if (!root.isMapping()) {
                problems.add(
                        file, root.line(), "a self-check is a mapping with id, title, start, questions and outcomes");
                return null;
            }
            String id = id(root, "self-check");
            LocalizedText title = localized(root, "title");
            Hardship hardship = root.get("hardship").map(this::hardship).orElse(null);
            List<Question> questions = new ArrayList<>();
            for (LocatedYaml q : list(root, "questions")) {
                question(q).ifPresent(questions::add);
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (LocatedYaml o : list(root, "outcomes")) {
                outcome(o).ifPresent(outcomes::add);
            }
            String start = root.text("start").orElse(null);
            if (start == null) {
                problems.add(file, root.line(), "`start:` must name the first question");
            } else if (questions.stream().noneMatch(q -> q.id().equals(start))) {
                problems.add(file, root.lineOf("start"), "start '" + start + "' is not a question");
            }
            if (hardship == null) {
                questions.stream()
                        .filter(Question::showsHardship)
                        .forEach(q -> problems.add(
                                file,
                                lines.get(q.id()),
                                "question '" + q.id()
                                        + "' shows the hardship standard, but there is no `hardship:` block"));
            }
            if (start != null) {
                checkGraph(start, questions, outcomes);
            }
            if (id == null || title == null || start == null || !problems.isEmpty()) {
                return null;
            }
            return new SelfCheck(id, title, start, questions, outcomes, hardship);
        }

        private Hardship hardship(LocatedYaml h) {
            LocalizedText county = localized(h, "county");
            LocalizedText description = localized(h, "description");
            BigDecimal figure = null;
            try {
                figure = new BigDecimal(h.text("monthlyIncomePerMember").orElse(""));
                if (figure.signum() <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(
                        file,
                        h.lineOf("monthlyIncomePerMember"),
                        "hardship needs `monthlyIncomePerMember:` as a positive number of yuan");
            }
            boolean example = bool(h, "example");
            return county == null || description == null || figure == null
                    ? null
                    : new Hardship(county, figure, description, example);
        }

        private Optional<Question> question(LocatedYaml q) {
            String id = id(q, "question");
            LocalizedText text = localized(q, "text");
            String kindText = q.text("kind").orElse("");
            Question.Kind kind = switch (kindText) {
                case "yes-no" -> Question.Kind.YES_NO;
                case "choice" -> Question.Kind.CHOICE;
                default -> {
                    problems.add(file, q.lineOf("kind"), "question '" + id + "': kind must be yes-no or choice");
                    yield null;
                }
            };
            List<Option> options = new ArrayList<>();
            Set<String> optionIds = new HashSet<>();
            Map<String, Integer> targets = new LinkedHashMap<>();
            for (LocatedYaml o : list(q, "options")) {
                String optionId = yesNo(o.text("id").orElse(""));
                if (!optionIds.add(optionId)) {
                    problems.add(file, o.line(), "question '" + id + "': option '" + optionId + "' appears twice");
                }
                LocalizedText label = o.get("label").isPresent()
                        ? localized(o, "label")
                        : kind == Question.Kind.YES_NO ? ("yes".equals(optionId) ? YES : NO) : localized(o, "label");
                String next = o.text("next").orElse(null);
                if (next == null) {
                    problems.add(
                            file,
                            o.line(),
                            "question '" + id + "', option '" + optionId
                                    + "': `next:` must name a question or an outcome");
                }
                String matter = o.text("matter").orElse(null);
                if (!optionId.isEmpty() && label != null && next != null) {
                    options.add(new Option(optionId, label, next, matter));
                    targets.put(optionId, o.lineOf("next"));
                }
            }
            if (kind == Question.Kind.YES_NO && !optionIds.equals(Set.of("yes", "no"))) {
                problems.add(
                        file,
                        q.lineOf("options"),
                        "question '" + id + "': a yes-no question has exactly the options yes and no");
            }
            if (kind == Question.Kind.CHOICE && (optionIds.size() < 2 || optionIds.size() > MAX_OPTIONS)) {
                problems.add(
                        file,
                        q.lineOf("options"),
                        "question '" + id + "': a choice needs 2 to " + MAX_OPTIONS + " options");
            }
            if (id == null || text == null || kind == null) {
                return Optional.empty();
            }
            nextLines.put(id, targets);
            return Optional.of(new Question(id, text, kind, options, bool(q, "hardship")));
        }

        private Optional<Outcome> outcome(LocatedYaml o) {
            String id = id(o, "outcome");
            LocalizedText explanation = localized(o, "explanation");
            Verdict verdict = null;
            try {
                verdict = Verdict.valueOf(o.text("verdict").orElse("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(
                        file,
                        o.lineOf("verdict"),
                        "outcome '" + id + "': verdict must be LIKELY, POSSIBLE or UNLIKELY");
            }
            List<Citation> cites = new ArrayList<>();
            for (LocatedYaml c : list(o, "cites")) {
                citation(c).ifPresent(cites::add);
            }
            List<LocalizedText> documents = new ArrayList<>();
            o.get("documents")
                    .ifPresent(d -> d.items().forEach(doc -> {
                        LocalizedText text = localizedNode(doc, "document");
                        if (text != null) {
                            documents.add(text);
                        }
                    }));
            if (id == null || explanation == null || verdict == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new Outcome(id, verdict, explanation, cites, documents, bool(o, "booking"), bool(o, "sensitive")));
        }

        private Optional<Citation> citation(LocatedYaml c) {
            String lawId = c.text("law").orElse("");
            Optional<Law> law = laws.stream().filter(l -> l.id().equals(lawId)).findFirst();
            if (law.isEmpty()) {
                problems.add(file, c.lineOf("law"), "law '" + lawId + "' is not in laws.yaml");
                return Optional.empty();
            }
            List<Integer> articles = new ArrayList<>();
            for (LocatedYaml a : c.get("articles").map(LocatedYaml::items).orElse(List.of())) {
                String text = a.text().orElse("");
                int number = text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
                if (!law.get().hasArticle(number)) {
                    problems.add(
                            file,
                            a.line(),
                            "article '" + text + "' is not in " + lawId + " (articles 1-"
                                    + law.get().articleCount() + ")");
                } else {
                    articles.add(number);
                }
            }
            if (articles.isEmpty()) {
                problems.add(file, c.line(), "a citation needs `articles: [..]` with at least one article of " + lawId);
                return Optional.empty();
            }
            return Optional.of(new Citation(lawId, articles));
        }

        /** Depth-first from start: a target on the current path closes a cycle; a node never visited is unreachable. */
        private void checkGraph(String start, List<Question> questions, List<Outcome> outcomes) {
            Map<String, Question> byId = new HashMap<>();
            questions.forEach(q -> byId.put(q.id(), q));
            Set<String> outcomeIds = new HashSet<>();
            outcomes.forEach(o -> outcomeIds.add(o.id()));
            Set<String> done = new HashSet<>();
            Set<String> reached = new HashSet<>();
            for (Question q : questions) {
                for (Option o : q.options()) {
                    if (!byId.containsKey(o.next()) && !outcomeIds.contains(o.next())) {
                        problems.add(
                                file,
                                nextLines.get(q.id()).get(o.id()),
                                "question '" + q.id() + "', option '" + o.id() + "': next '" + o.next()
                                        + "' is neither a question nor an outcome");
                    }
                }
            }
            if (byId.containsKey(start)) {
                visit(start, byId, new ArrayList<>(), done, reached);
            }
            for (Question q : questions) {
                if (!reached.contains(q.id())) {
                    problems.add(file, lines.get(q.id()), "question '" + q.id() + "' cannot be reached from start");
                }
            }
            for (Outcome o : outcomes) {
                if (!reached.contains(o.id())) {
                    problems.add(file, lines.get(o.id()), "outcome '" + o.id() + "' cannot be reached from start");
                }
            }
        }

        private void visit(
                String id, Map<String, Question> byId, List<String> path, Set<String> done, Set<String> reached) {
            reached.add(id);
            Question q = byId.get(id);
            if (q == null || done.contains(id)) {
                return;
            }
            path.add(id);
            for (Option o : q.options()) {
                if (path.contains(o.next())) {
                    List<String> loop = new ArrayList<>(path.subList(path.indexOf(o.next()), path.size()));
                    loop.add(o.next());
                    problems.add(
                            file,
                            nextLines.get(id).get(o.id()),
                            "question '" + id + "', option '" + o.id() + "' goes round in a cycle: "
                                    + String.join(" -> ", loop));
                } else {
                    visit(o.next(), byId, path, done, reached);
                }
            }
            path.remove(path.size() - 1);
            done.add(id);
        }

        private String id(LocatedYaml node, String what) {
            String id = node.text("id").orElse("");
            if (!ID.matcher(id).matches()) {
                problems.add(
                        file,
                        node.lineOf("id"),
                        what + " id '" + id + "' must be 3-60 lower-case letters, digits or '-'");
                return null;
            }
            if (!what.equals("self-check") && lines.putIfAbsent(id, node.lineOf("id")) != null) {
                problems.add(
                        file, node.lineOf("id"), what + " id '" + id + "' is already used by a question or outcome");
                return null;
            }
            return id;
        }

        private LocalizedText localized(LocatedYaml parent, String field) {
            Optional<LocatedYaml> node = parent.get(field);
            if (node.isEmpty()) {
                problems.add(file, parent.line(), "`" + field + "` needs at least a Chinese text: {zh: ..., en: ...}");
                return null;
            }
            return localizedNode(node.get(), field);
        }

        private LocalizedText localizedNode(LocatedYaml node, String field) {
            Optional<String> zh = node.text("zh");
            if (zh.isEmpty()) {
                problems.add(file, node.line(), "`" + field + "` needs at least a Chinese text: {zh: ..., en: ...}");
                return null;
            }
            return LocalizedText.of(zh.get(), node.text("en").orElse(null));
        }

        private List<LocatedYaml> list(LocatedYaml parent, String field) {
            Optional<LocatedYaml> node = parent.get(field);
            if (node.isEmpty() || !node.get().isList() || node.get().items().isEmpty()) {
                problems.add(file, parent.lineOf(field), "`" + field + ":` must be a list with at least one entry");
                return List.of();
            }
            return node.get().items();
        }

        /** YAML 1.1 reads an unquoted yes/no as a boolean; an author meant the option id. */
        private static String yesNo(String id) {
            return switch (id) {
                case "true", "True", "TRUE" -> "yes";
                case "false", "False", "FALSE" -> "no";
                default -> id;
            };
        }

        private boolean bool(LocatedYaml parent, String field) {
            Optional<String> value = parent.text(field);
            if (value.isPresent() && !value.get().equals("true") && !value.get().equals("false")) {
                problems.add(file, parent.lineOf(field), "`" + field + ":` must be true or false");
            }
            return value.map("true"::equals).orElse(false);
        }
    }
}
