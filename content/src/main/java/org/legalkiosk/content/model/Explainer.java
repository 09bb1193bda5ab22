package org.legalkiosk.content.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One plain-language explainer in one language: its front matter and its Markdown body.
 *
 * @param source where it was read from, for error messages
 * @param bodyStartLine the line of the source file where the Markdown body begins
 */
public record Explainer(
        String id,
        String title,
        String categoryId,
        List<String> tags,
        List<Citation> cites,
        Language language,
        String summary,
        LocalDate updated,
        String body,
        String source,
        int bodyStartLine) {

    public Explainer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        cites = List.copyOf(cites);
    }

    public List<Citation.Article> citedArticles() {
        return cites.stream().flatMap(c -> c.each().stream()).toList();
    }

    /** The first citation: the one that must lie in the category's law or book. */
    public Citation principalCitation() {
        return cites.get(0);
    }
}
