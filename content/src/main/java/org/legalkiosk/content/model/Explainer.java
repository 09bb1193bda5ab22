package org.legalkiosk.content.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One plain-language explainer in one language: its front matter and its Markdown body.
 *
 * @param source where it was read from, for error messages
 * @param bodyStartLine the line of the source file where the Markdown body begins
 * @param lawText which text of the principal law it rests on; null where the front matter does not say
 * @param sensitive whether reading it could put a villager at risk if someone saw (domestic violence, family
 *                  conflict): the screen then offers a quick exit, shows the emergency lines and asks before printing
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
        int bodyStartLine,
        LawText lawText,
        boolean sensitive) {

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

    public java.util.Optional<LawText> lawTextOf() {
        return java.util.Optional.ofNullable(lawText);
    }

    /** The first citation: the one that must lie in the category's law or book. */
    public Citation principalCitation() {
        return cites.get(0);
    }
}
