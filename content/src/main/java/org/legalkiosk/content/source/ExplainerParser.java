package org.legalkiosk.content.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LawText;

/**
 * Turns one explainer source file (YAML front matter + Markdown body) into an {@link Explainer}, reporting every
 * problem with the line it is on. Checks that need other files (links, translations) are the loader's job.
 */
public final class ExplainerParser {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> KNOWN_FIELDS =
            Set.of("id", "title", "category", "tags", "cites", "lang", "summary", "updated", "lawText", "sensitive");
    private static final int MAX_TITLE_ZH = 40;
    private static final int MAX_SUMMARY_ZH = 80;
    private static final int MAX_LATIN_FACTOR = 3;

    private final Catalogue catalogue;
    private final MarkdownLint lint = new MarkdownLint();

    public ExplainerParser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param file   the name used in error messages (a path relative to the content root)
     * @param text   the whole file
     */
    public Optional<Explainer> parse(String file, String text, Problems problems) {
        int before = problems.size();
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n");
        String[] lines = normalized.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(file, 1, "an explainer must start with a '---' line, then its front matter");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(file, 1, "front matter is not closed by a second '---' line");
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        Optional<YamlFields> read = YamlFields.read(yaml, file, 1, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fm = read.get();
        for (String name : fm.names()) {
            if (!KNOWN_FIELDS.contains(name)) {
                problems.add(file, fm.lineOf(name, 1), "unknown field '" + name + "' (allowed: " + KNOWN_FIELDS + ")");
            }
        }
        String id = text(fm, "id", file, problems);
        String title = text(fm, "title", file, problems);
        String categoryId = text(fm, "category", file, problems);
        String langCode = text(fm, "lang", file, problems);
        String summary = text(fm, "summary", file, problems);
        String updatedText = text(fm, "updated", file, problems);

        if (id != null && !CatalogueReader.ID.matcher(id).matches()) {
            problems.add(file, fm.lineOf("id", 1), "id '" + id + "' must be 3-60 lower-case letters, digits or '-'");
        }
        Language language = null;
        if (langCode != null) {
            language = Language.fromCode(langCode).orElse(null);
            if (language == null) {
                problems.add(file, fm.lineOf("lang", 1), "lang '" + langCode + "' must be zh or en");
            }
        }
        if (categoryId != null && catalogue.category(categoryId).isEmpty()) {
            problems.add(
                    file,
                    fm.lineOf("category", 1),
                    "category '" + categoryId + "' is not one of " + catalogue.categoryIds());
        }
        int lengthFactor = language == Language.EN ? MAX_LATIN_FACTOR : 1;
        if (title != null && title.length() > MAX_TITLE_ZH * lengthFactor) {
            problems.add(
                    file, fm.lineOf("title", 1), "title is longer than " + MAX_TITLE_ZH * lengthFactor + " characters");
        }
        if (summary != null && summary.length() > MAX_SUMMARY_ZH * lengthFactor) {
            problems.add(
                    file,
                    fm.lineOf("summary", 1),
                    "summary is longer than " + MAX_SUMMARY_ZH * lengthFactor + " characters: keep it to one sentence");
        }
        LocalDate updated = null;
        if (updatedText != null) {
            try {
                if (!DATE.matcher(updatedText).matches()) {
                    throw new DateTimeParseException("bad", updatedText, 0);
                }
                updated = LocalDate.parse(updatedText);
            } catch (DateTimeParseException e) {
                problems.add(file, fm.lineOf("updated", 1), "updated '" + updatedText + "' must be a date YYYY-MM-DD");
            }
        }
        LawText lawText = lawText(fm, file, problems);
        boolean sensitive = sensitive(fm, file, problems);
        List<String> tags = tags(fm, file, problems);
        List<Citation> cites = cites(fm, file, problems);
        if (categoryId != null && !cites.isEmpty()) {
            catalogue
                    .category(categoryId)
                    .ifPresent(c -> checkPrincipalLaw(c, cites.get(0), file, fm.lineOf("cites", 1), problems));
        }

        int first = close + 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        int bodyStartLine = first + 1;
        String body = first >= lines.length
                ? ""
                : String.join("\n", java.util.Arrays.copyOfRange(lines, first, lines.length))
                        .stripTrailing();
        if (body.isEmpty()) {
            problems.add(file, bodyStartLine, "the explainer has no text after its front matter");
        } else if (language != null) {
            lint.check(body, language, file, bodyStartLine, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Explainer(
                id,
                title,
                categoryId,
                tags,
                cites,
                language,
                summary,
                updated,
                body,
                file,
                bodyStartLine,
                lawText,
                sensitive));
    }

    private void checkPrincipalLaw(Category category, Citation principal, String file, int line, Problems problems) {
        if (!principal.lawId().equals(category.lawId())) {
            problems.add(
                    file,
                    line,
                    "the first citation must be of " + category.lawId() + " (the law of category '" + category.id()
                            + "'), not " + principal.lawId());
        }
    }

    private static String text(YamlFields fm, String name, String file, Problems problems) {
        Optional<YamlFields.Field> field = fm.get(name);
        if (field.isEmpty()) {
            problems.add(file, 1, "missing required field '" + name + "'");
            return null;
        }
        JsonNode v = field.get().value();
        if (!v.isValueNode() || v.asText().isBlank()) {
            problems.add(file, field.get().line(), "'" + name + "' must be a non-empty text");
            return null;
        }
        return v.asText().strip();
    }

    /** {@code lawText: {date: 2021-01-01, as: in-force}}: optional; when given, both parts must be right. */
    private static LawText lawText(YamlFields fm, String file, Problems problems) {
        Optional<YamlFields.Field> field = fm.get("lawText");
        if (field.isEmpty()) {
            return null;
        }
        JsonNode v = field.get().value();
        String date = v.path("date").asText("");
        Optional<LawText.Event> event = LawText.Event.fromCode(v.path("as").asText(""));
        if (!v.isObject() || !DATE.matcher(date).matches() || event.isEmpty() || v.size() != 2) {
            problems.add(
                    file,
                    field.get().line(),
                    "'lawText' must be {date: YYYY-MM-DD, as: in-force|amended|revised}:"
                            + " the date the principal law's text took effect or was amended");
            return null;
        }
        try {
            return new LawText(LocalDate.parse(date), event.get());
        } catch (DateTimeParseException e) {
            problems.add(file, field.get().line(), "lawText.date '" + date + "' is not a real date");
            return null;
        }
    }

    private static boolean sensitive(YamlFields fm, String file, Problems problems) {
        Optional<YamlFields.Field> field = fm.get("sensitive");
        if (field.isEmpty()) {
            return false;
        }
        if (!field.get().value().isBoolean()) {
            problems.add(file, field.get().line(), "'sensitive' must be true or false");
            return false;
        }
        return field.get().value().asBoolean();
    }

    private static List<String> tags(YamlFields fm, String file, Problems problems) {
        Optional<YamlFields.Field> field = fm.get("tags");
        if (field.isEmpty()) {
            problems.add(file, 1, "missing required field 'tags'");
            return List.of();
        }
        JsonNode v = field.get().value();
        if (!v.isArray() || v.isEmpty() || v.size() > 8) {
            problems.add(file, field.get().line(), "'tags' must be a list of 1 to 8 short words, like [继承, 遗嘱]");
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode t : v) {
            if (!t.isValueNode() || t.asText().isBlank()) {
                problems.add(file, field.get().line(), "every tag must be a non-empty word");
            } else {
                tags.add(t.asText().strip());
            }
        }
        return tags;
    }

    private List<Citation> cites(YamlFields fm, String file, Problems problems) {
        Optional<YamlFields.Field> field = fm.get("cites");
        if (field.isEmpty()) {
            problems.add(file, 1, "missing required field 'cites': every explainer rests on at least one article");
            return List.of();
        }
        int line = field.get().line();
        JsonNode v = field.get().value();
        if (!v.isArray() || v.isEmpty()) {
            problems.add(file, line, "'cites' must be a list of {law: ..., articles: [...]}");
            return List.of();
        }
        List<Citation> cites = new ArrayList<>();
        for (JsonNode c : v) {
            String lawId = c.path("law").asText("");
            Optional<Law> law = catalogue.law(lawId);
            if (law.isEmpty()) {
                problems.add(file, line, "cited law '" + lawId + "' is not one of " + catalogue.lawIds());
                continue;
            }
            JsonNode articles = c.get("articles");
            if (articles == null || !articles.isArray() || articles.isEmpty()) {
                problems.add(file, line, "citation of " + lawId + " needs `articles: [numbers]`");
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            for (JsonNode a : articles) {
                if (!a.isInt()) {
                    problems.add(
                            file,
                            line,
                            "article '" + a.asText() + "' of " + lawId + " must be written as a number, e.g. 1127");
                } else if (!law.get().hasArticle(a.asInt())) {
                    problems.add(
                            file,
                            line,
                            lawId + " has no article " + a.asInt() + " (it has "
                                    + law.get().articleCount() + ")");
                } else {
                    numbers.add(a.asInt());
                }
            }
            if (!numbers.isEmpty()) {
                cites.add(new Citation(lawId, numbers));
            }
        }
        return cites;
    }
}
