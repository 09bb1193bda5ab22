package org.legalkiosk.content.forms;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;
import org.legalkiosk.content.selfcheck.Outcome;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckLoader;
import org.legalkiosk.content.source.CatalogueReader;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.content.source.LocatedYaml;
import org.legalkiosk.content.source.PathParts;
import org.legalkiosk.content.source.Problems;

/**
 * Reads a form ({@code forms/<id>.yaml}, format in {@code content/README.md}) and refuses it unless it can be
 * completed and printed on every path: each question has a known kind with the options or limits that kind needs,
 * each condition names an earlier choice or yes-no question and its options, a free sentence is always optional,
 * every element is filled by exactly one question or holds a fixed text, every section and note cites articles
 * that exist, and self-check answers it takes over name real outcomes or matters. All problems at once, as
 * {@code file:line: message}.
 */
public final class FormLoader {

    public static final String FOLDER = "forms";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final int MAX_OPTIONS = 8;
    private static final int MAX_QUESTIONS = 60;
    private static final LocalizedText YES = LocalizedText.of("是", "Yes");
    private static final LocalizedText NO = LocalizedText.of("否", "No");

    private final List<Law> laws;
    private final Map<String, SelfCheck> selfChecks;

    /** {@code selfChecks} by id: the ones a form may take answers from. */
    public FormLoader(List<Law> laws, Map<String, SelfCheck> selfChecks) {
        this.laws = List.copyOf(laws);
        this.selfChecks = Map.copyOf(selfChecks);
    }

    /** Every form of a content folder, sorted by file name; none when it has no {@code forms/} folder. */
    public static List<FormDefinition> loadAll(Path contentRoot) throws ContentValidationException, IOException {
        Problems problems = new Problems();
        FormLoader loader = forContent(contentRoot, problems);
        List<FormDefinition> forms = new ArrayList<>();
        for (Path file : files(contentRoot)) {
            String name = FOLDER + "/" + PathParts.fileName(file);
            try {
                forms.add(loader.read(Files.readString(file, StandardCharsets.UTF_8), name));
            } catch (ContentValidationException e) {
                e.problems().forEach(p -> problems.add(p.file(), p.line(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        return forms;
    }

    /** The problems of every form in a content folder, for {@code content build} and the store's apply. */
    public static List<ContentProblem> problemsIn(Path contentRoot) {
        if (!Files.isDirectory(contentRoot.resolve(FOLDER))) {
            return List.of();
        }
        try {
            loadAll(contentRoot);
            return List.of();
        } catch (ContentValidationException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of(new ContentProblem(FOLDER, 0, "unreadable: " + e.getMessage()));
        }
    }

    private static List<Path> files(Path contentRoot) throws IOException {
        Path folder = contentRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> PathParts.fileName(f).endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static FormLoader forContent(Path contentRoot, Problems problems)
            throws IOException, ContentValidationException {
        String lawsYaml = Files.readString(contentRoot.resolve("laws.yaml"), StandardCharsets.UTF_8);
        List<Law> laws = CatalogueReader.readLaws(lawsYaml, "laws.yaml", problems);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        Map<String, SelfCheck> checks = new HashMap<>();
        Path selfChecks = contentRoot.resolve("selfcheck");
        if (Files.isDirectory(selfChecks)) {
            try (var files = Files.list(selfChecks)) {
                for (Path f : files.filter(f -> PathParts.fileName(f).endsWith(".yaml"))
                        .sorted()
                        .toList()) {
                    try {
                        SelfCheck check = SelfCheckLoader.loadFromContent(contentRoot, PathParts.fileName(f));
                        checks.put(check.id(), check);
                    } catch (ContentValidationException e) {
                        // Reported by the self-check's own validation; a form naming it says it is missing.
                    }
                }
            }
        }
        return new FormLoader(laws, checks);
    }

    /** Parses and validates one form; {@code file} is the name used in problem messages. */
    public FormDefinition read(String yaml, String file) throws ContentValidationException {
        Problems problems = new Problems();
        FormDefinition form = LocatedYaml.parse(yaml, file, problems)
                .map(root -> new Reading(file, problems).form(root))
                .orElse(null);
        if (form == null || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(file, 1, "not a form");
            }
            throw new ContentValidationException(problems.list());
        }
        return form;
    }

    /** One pass over one file. */
    private final class Reading {

        private final String file;
        private final Problems problems;
        private final Map<String, Integer> questionLines = new HashMap<>();
        private final Map<String, FormQuestion> questions = new HashMap<>();
        private final Map<String, Integer> elementLines = new HashMap<>();
        /** Which question fills each element, to refuse a second one. */
        private final Map<String, String> filledBy = new HashMap<>();

        private final Map<String, Integer> fillLines = new HashMap<>();
        private Set<String> selfCheckIds = Set.of();

        Reading(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        FormDefinition form(LocatedYaml root) {
            if (!root.isMapping()) {
                problems.add(file, root.line(), "a form is a mapping with id, number, title, questions and sections");
                return null;
            }
            String id = id(root, "form");
            String number = root.text("number").orElse("");
            if (!NUMBER.matcher(number).matches()) {
                problems.add(
                        file,
                        root.lineOf("number"),
                        "`number:` is the form number printed on every page: 2-20 capital letters, digits or '-'");
            }
            LocalizedText title = localized(root, "title");
            Optional<LocalizedText> caseType = optionalLocalized(root, "caseType");
            LocalizedText intro = localized(root, "intro");
            LocalizedText signer = localized(root, "signer");
            Optional<String> prefill = root.text("prefill");
            prefill.ifPresent(p -> selfCheckIds = selfCheckIds(p, root.lineOf("prefill")));
            List<FormQuestion> asked = new ArrayList<>();
            List<LocatedYaml> questionNodes = list(root, "questions");
            if (questionNodes.size() > MAX_QUESTIONS) {
                problems.add(
                        file,
                        root.lineOf("questions"),
                        "at most " + MAX_QUESTIONS + " questions (a villager stands at the kiosk)");
            }
            for (LocatedYaml q : questionNodes) {
                question(q, prefill.isPresent()).ifPresent(question -> {
                    asked.add(question);
                    questions.put(question.id(), question);
                });
            }
            List<FormSection> sections = new ArrayList<>();
            for (LocatedYaml s : list(root, "sections")) {
                section(s).ifPresent(sections::add);
            }
            filledBy.forEach((element, question) -> {
                if (!elementLines.containsKey(element)) {
                    problems.add(
                            file,
                            fillLines.get(element),
                            "question '" + question + "' fills '" + element + "', which is no element of any section");
                }
            });
            List<FormNote> attach = notes(root, "attach");
            List<FormNote> fileAt = notes(root, "fileAt");
            if (id == null || title == null || intro == null || signer == null || !problems.isEmpty()) {
                return null;
            }
            return new FormDefinition(
                    id, number, title, caseType, intro, signer, prefill, asked, sections, attach, fileAt);
        }

        private Set<String> selfCheckIds(String checkId, int line) {
            SelfCheck check = selfChecks.get(checkId);
            if (check == null) {
                problems.add(file, line, "prefill: no valid self-check '" + checkId + "' in selfcheck/");
                return Set.of();
            }
            Set<String> ids = new HashSet<>();
            check.outcomes().stream().map(Outcome::id).forEach(ids::add);
            check.questions()
                    .forEach(q -> q.options().forEach(o -> o.bookingMatter().ifPresent(ids::add)));
            return ids;
        }

        private Optional<FormQuestion> question(LocatedYaml q, boolean mayPrefill) {
            String read = id(q, "question");
            if (read != null && questionLines.putIfAbsent(read, q.lineOf("id")) != null) {
                problems.add(file, q.lineOf("id"), "question id '" + read + "' is used twice");
                read = null;
            }
            String id = read;
            LocalizedText text = localized(q, "text");
            Optional<LocalizedText> help = optionalLocalized(q, "help");
            String kindText = q.text("kind").orElse("");
            FormQuestion.Kind kind = kind(kindText);
            if (kind == null) {
                problems.add(
                        file,
                        q.lineOf("kind"),
                        "question '" + id + "': kind '" + kindText + "' must be one of choice, yes-no, multi, amount,"
                                + " number, date, id-card, person-name, phone, sentence");
            }
            boolean optional = bool(q, "optional");
            List<FormOption> options = kind != null && kind.hasOptions() ? options(q, id, kind, mayPrefill) : List.of();
            if (kind != null && !kind.hasOptions() && q.get("options").isPresent()) {
                problems.add(file, q.lineOf("options"), "question '" + id + "': only choices have `options:`");
            }
            if (kind == FormQuestion.Kind.SENTENCE && !optional) {
                problems.add(
                        file,
                        q.line(),
                        "question '" + id + "': a sentence is free text and must be `optional: true`"
                                + " (no form may need writing to be finished)");
            }
            Optional<Condition> when = q.get("when").flatMap(w -> condition(w, id));
            Optional<BigDecimal> min = decimal(q, "min", id);
            Optional<BigDecimal> max = decimal(q, "max", id);
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                problems.add(file, q.lineOf("min"), "question '" + id + "': min is above max");
            }
            if ((min.isPresent() || max.isPresent())
                    && kind != FormQuestion.Kind.AMOUNT
                    && kind != FormQuestion.Kind.NUMBER) {
                problems.add(file, q.lineOf("min"), "question '" + id + "': only amounts and numbers have min/max");
            }
            Optional<LocalizedText> unit = optionalLocalized(q, "unit");
            Optional<String> fills = Optional.empty();
            Map<CardField, String> cardFills = new EnumMap<>(CardField.class);
            if (kind == FormQuestion.Kind.ID_CARD) {
                cardFills(q, id, cardFills);
            } else {
                fills = q.text("fills");
                if (fills.isEmpty()) {
                    problems.add(file, q.lineOf("fills"), "question '" + id + "': `fills:` must name an element");
                } else if (id != null) {
                    claim(fills.get(), id, q.lineOf("fills"));
                }
            }
            List<Citation> cites = citations(q, false);
            if (id == null || text == null || kind == null) {
                return Optional.empty();
            }
            return Optional.of(new FormQuestion(
                    id, kind, text, help, options, when, fills, cardFills, optional, min, max, unit, cites));
        }

        private void cardFills(LocatedYaml q, String id, Map<CardField, String> cardFills) {
            Optional<LocatedYaml> node = q.get("fills");
            if (node.isEmpty() || !node.get().isMapping() || node.get().names().isEmpty()) {
                problems.add(
                        file,
                        q.lineOf("fills"),
                        "question '" + id + "': an id-card question fills a mapping of card fields to elements,"
                                + " e.g. {name: applicant-name, id-number: applicant-id}");
                return;
            }
            for (String name : node.get().names()) {
                LocatedYaml value = node.get().get(name).orElseThrow();
                Optional<CardField> field = CardField.ofYaml(name);
                if (field.isEmpty()) {
                    problems.add(
                            file,
                            value.line(),
                            "question '" + id + "': '" + name
                                    + "' is not a card field (name, sex, ethnicity, birth, address, id-number)");
                } else if (value.text().isEmpty()) {
                    problems.add(
                            file, value.line(), "question '" + id + "': card field '" + name + "' needs an element");
                } else {
                    cardFills.put(field.get(), value.text().get());
                    if (id != null) {
                        claim(value.text().get(), id, value.line());
                    }
                }
            }
        }

        private void claim(String element, String questionId, int line) {
            String earlier = filledBy.putIfAbsent(element, questionId);
            if (earlier != null) {
                problems.add(
                        file,
                        line,
                        "element '" + element + "' is already filled by question '" + earlier
                                + "'; each element has one question");
            } else {
                fillLines.put(element, line);
            }
        }

        private static FormQuestion.Kind kind(String text) {
            return switch (text) {
                case "choice" -> FormQuestion.Kind.CHOICE;
                case "yes-no" -> FormQuestion.Kind.YES_NO;
                case "multi" -> FormQuestion.Kind.MULTI;
                case "amount" -> FormQuestion.Kind.AMOUNT;
                case "number" -> FormQuestion.Kind.NUMBER;
                case "date" -> FormQuestion.Kind.DATE;
                case "id-card" -> FormQuestion.Kind.ID_CARD;
                case "person-name" -> FormQuestion.Kind.PERSON_NAME;
                case "phone" -> FormQuestion.Kind.PHONE;
                case "sentence" -> FormQuestion.Kind.SENTENCE;
                default -> null;
            };
        }

        private List<FormOption> options(LocatedYaml q, String id, FormQuestion.Kind kind, boolean mayPrefill) {
            if (kind == FormQuestion.Kind.YES_NO && q.get("options").isEmpty()) {
                // A plain yes-no question: 是 / 否 buttons, and the same two boxes on paper.
                return List.of(new FormOption("yes", YES, List.of()), new FormOption("no", NO, List.of()));
            }
            List<FormOption> options = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (LocatedYaml o : list(q, "options")) {
                String optionId = yesNo(o.text("id").orElse(""));
                if (optionId.isEmpty()) {
                    problems.add(file, o.line(), "question '" + id + "': an option needs an `id:`");
                    continue;
                }
                if (!seen.add(optionId)) {
                    problems.add(file, o.line(), "question '" + id + "': option '" + optionId + "' appears twice");
                }
                LocalizedText label = o.get("label").isPresent()
                        ? localized(o, "label")
                        : kind == FormQuestion.Kind.YES_NO
                                ? ("yes".equals(optionId) ? YES : NO)
                                : localized(o, "label");
                List<String> from = new ArrayList<>();
                for (LocatedYaml f :
                        o.get("fromSelfCheck").map(LocatedYaml::items).orElse(List.of())) {
                    String name = f.text().orElse("");
                    if (!mayPrefill) {
                        problems.add(
                                file,
                                f.line(),
                                "question '" + id + "': `fromSelfCheck` needs `prefill:` naming the self-check");
                    } else if (!selfCheckIds.isEmpty() && !selfCheckIds.contains(name)) {
                        problems.add(
                                file,
                                f.line(),
                                "question '" + id + "', option '" + optionId + "': '" + name
                                        + "' is neither an outcome nor a matter of the self-check");
                    }
                    from.add(name);
                }
                if (label != null) {
                    options.add(new FormOption(optionId, label, from));
                }
            }
            if (kind == FormQuestion.Kind.YES_NO && !seen.equals(Set.of("yes", "no"))) {
                problems.add(
                        file,
                        q.lineOf("options"),
                        "question '" + id + "': a yes-no question has exactly the options yes and no");
            }
            if (kind != FormQuestion.Kind.YES_NO && (seen.size() < 2 || seen.size() > MAX_OPTIONS)) {
                problems.add(
                        file, q.lineOf("options"), "question '" + id + "': needs 2 to " + MAX_OPTIONS + " options");
            }
            return options;
        }

        private Optional<Condition> condition(LocatedYaml w, String id) {
            String target = w.text("question").orElse("");
            FormQuestion earlier = questions.get(target);
            if (earlier == null) {
                problems.add(
                        file,
                        w.lineOf("question"),
                        "question '" + id + "': `when:` must name an earlier question, not '" + target + "'");
                return Optional.empty();
            }
            if (earlier.kind() != FormQuestion.Kind.CHOICE && earlier.kind() != FormQuestion.Kind.YES_NO) {
                problems.add(
                        file,
                        w.lineOf("question"),
                        "question '" + id + "': `when:` may only name a choice or yes-no question, '" + target
                                + "' is not one");
                return Optional.empty();
            }
            Set<String> options = new LinkedHashSet<>();
            for (LocatedYaml o : w.get("is").map(LocatedYaml::items).orElse(List.of())) {
                String option = yesNo(o.text().orElse(""));
                if (earlier.option(option).isEmpty()) {
                    problems.add(
                            file, o.line(), "question '" + id + "': '" + target + "' has no option '" + option + "'");
                } else {
                    options.add(option);
                }
            }
            if (options.isEmpty()) {
                problems.add(
                        file, w.line(), "question '" + id + "': `when:` needs `is: [..]` with options of " + target);
                return Optional.empty();
            }
            return Optional.of(new Condition(target, options));
        }

        private Optional<FormSection> section(LocatedYaml s) {
            LocalizedText title = localized(s, "title");
            List<Citation> cites = citations(s, true);
            List<FormElement> elements = new ArrayList<>();
            for (LocatedYaml e : list(s, "elements")) {
                element(e).ifPresent(elements::add);
            }
            return title == null ? Optional.empty() : Optional.of(new FormSection(title, cites, elements));
        }

        private Optional<FormElement> element(LocatedYaml e) {
            String id = id(e, "element");
            if (id != null && elementLines.putIfAbsent(id, e.lineOf("id")) != null) {
                problems.add(file, e.lineOf("id"), "element id '" + id + "' is used twice");
                return Optional.empty();
            }
            LocalizedText label = localized(e, "label");
            Optional<LocalizedText> fixed = optionalLocalized(e, "fixed");
            boolean inWords = bool(e, "inWords");
            if (id != null) {
                String question = filledBy.get(id);
                if (fixed.isPresent() && question != null) {
                    problems.add(
                            file,
                            e.lineOf("fixed"),
                            "element '" + id + "' has a fixed text and is filled by question '" + question + "'");
                } else if (fixed.isEmpty() && question == null) {
                    problems.add(
                            file,
                            e.lineOf("id"),
                            "element '" + id + "' is filled by no question and has no `fixed:` text");
                }
                if (inWords && (question == null || questions.get(question).kind() != FormQuestion.Kind.AMOUNT)) {
                    problems.add(file, e.lineOf("inWords"), "element '" + id + "': `inWords` is for amounts only");
                }
            }
            List<Citation> cites = citations(e, false);
            return id == null || label == null
                    ? Optional.empty()
                    : Optional.of(new FormElement(id, label, fixed, inWords, cites));
        }

        private List<FormNote> notes(LocatedYaml root, String field) {
            List<FormNote> notes = new ArrayList<>();
            for (LocatedYaml n : list(root, field)) {
                LocalizedText text = localized(n, "text");
                List<Citation> cites = citations(n, true);
                if (text != null) {
                    notes.add(new FormNote(text, cites));
                }
            }
            return notes;
        }

        private List<Citation> citations(LocatedYaml parent, boolean required) {
            Optional<LocatedYaml> node = parent.get("cites");
            if (node.isEmpty() || node.get().items().isEmpty()) {
                if (required) {
                    problems.add(
                            file,
                            parent.line(),
                            "`cites:` must list the articles this rests on: [{law: .., articles: [..]}]");
                }
                return List.of();
            }
            List<Citation> cites = new ArrayList<>();
            for (LocatedYaml c : node.get().items()) {
                citation(c).ifPresent(cites::add);
            }
            return cites;
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

        private Optional<BigDecimal> decimal(LocatedYaml q, String field, String id) {
            Optional<String> text = q.text(field);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text.get()));
            } catch (NumberFormatException e) {
                problems.add(file, q.lineOf(field), "question '" + id + "': `" + field + ":` must be a number");
                return Optional.empty();
            }
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

        private Optional<LocalizedText> optionalLocalized(LocatedYaml parent, String field) {
            return parent.get(field).map(node -> localizedNode(node, field));
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
