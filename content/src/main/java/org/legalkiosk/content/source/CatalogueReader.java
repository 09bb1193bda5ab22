package org.legalkiosk.content.source;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;
import org.legalkiosk.content.model.Notice;

/** Reads {@code categories.yaml}, {@code laws.yaml} and {@code notices.yaml}, reporting every bad entry. */
public final class CatalogueReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");

    private CatalogueReader() {}

    public static List<Law> readLaws(String yaml, String file, Problems problems) {
        List<Law> laws = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlFields.Field item : YamlFields.readList(yaml, file, problems).orElse(List.of())) {
            JsonNode n = item.value();
            String id = requireId(n, file, item.line(), seen, problems);
            LocalizedText name = localized(n.get("name"), file, item.line(), "name", problems);
            int count = n.path("articles").asInt(0);
            if (count < 1) {
                problems.add(file, item.line(), "law '" + id + "' needs `articles:` (its number of articles)");
            }
            if (id != null && name != null && count >= 1) {
                LocalizedText full = n.has("fullName")
                        ? localized(n.get("fullName"), file, item.line(), "fullName", problems)
                        : name;
                String text = n.hasNonNull("text") ? n.get("text").asText() : null;
                if (text != null && (text.contains("..") || text.startsWith("/"))) {
                    problems.add(file, item.line(), "law '" + id + "': `text` must be a plain file name");
                    text = null;
                }
                laws.add(new Law(id, name, full, count, text));
            }
        }
        return laws;
    }

    public static List<Category> readCategories(String yaml, String file, List<Law> laws, Problems problems) {
        List<Category> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlFields.Field item : YamlFields.readList(yaml, file, problems).orElse(List.of())) {
            JsonNode n = item.value();
            String id = requireId(n, file, item.line(), seen, problems);
            LocalizedText name = localized(n.get("name"), file, item.line(), "name", problems);
            LocalizedText hint = n.has("hint") ? localized(n.get("hint"), file, item.line(), "hint", problems) : null;
            String lawId = n.path("law").asText("");
            if (laws.stream().noneMatch(l -> l.id().equals(lawId))) {
                problems.add(file, item.line(), "category '" + id + "': law '" + lawId + "' is not in laws.yaml");
                continue;
            }
            Integer book = n.hasNonNull("book") ? n.get("book").asInt() : null;
            if (id != null && name != null) {
                categories.add(new Category(id, name, hint, lawId, book));
            }
        }
        return categories;
    }

    public static List<Notice> readNotices(String yaml, String file, Problems problems) {
        List<Notice> notices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlFields.Field item : YamlFields.readList(yaml, file, problems).orElse(List.of())) {
            JsonNode n = item.value();
            String id = requireId(n, file, item.line(), seen, problems);
            LocalizedText title = localized(n.get("title"), file, item.line(), "title", problems);
            LocalizedText body = n.has("body") ? localized(n.get("body"), file, item.line(), "body", problems) : null;
            try {
                Instant start =
                        n.hasNonNull("start") ? Instant.parse(n.get("start").asText()) : null;
                Instant end = n.hasNonNull("end") ? Instant.parse(n.get("end").asText()) : null;
                Notice.Priority priority = Notice.Priority.valueOf(
                        n.path("priority").asText("normal").toUpperCase());
                if (id != null && title != null) {
                    notices.add(new Notice(id, title, body, start, end, priority));
                }
            } catch (DateTimeParseException e) {
                problems.add(file, item.line(), "notice '" + id + "': times must look like 2026-12-01T08:00:00Z");
            } catch (IllegalArgumentException e) {
                problems.add(file, item.line(), "notice '" + id + "': priority must be normal, high or urgent");
            }
        }
        return notices;
    }

    private static String requireId(JsonNode n, String file, int line, Set<String> seen, Problems problems) {
        String id = n.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add(file, line, "id '" + id + "' must be 3-60 lower-case letters, digits or '-'");
            return null;
        }
        if (!seen.add(id)) {
            problems.add(file, line, "id '" + id + "' appears twice");
            return null;
        }
        return id;
    }

    private static LocalizedText localized(JsonNode n, String file, int line, String field, Problems problems) {
        if (n == null || !n.isObject() || n.path("zh").asText("").isBlank()) {
            problems.add(file, line, "`" + field + "` needs at least a Chinese text: {zh: ..., en: ...}");
            return null;
        }
        return LocalizedText.of(
                n.get("zh").asText(), n.hasNonNull("en") ? n.get("en").asText() : null);
    }
}
