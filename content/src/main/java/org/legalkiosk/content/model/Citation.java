package org.legalkiosk.content.model;

import java.util.List;
import java.util.Objects;

/** Articles of one law that an explainer rests on, numbered as the law numbers them. */
public record Citation(String lawId, List<Integer> articles) {

    public Citation {
        Objects.requireNonNull(lawId, "lawId");
        articles = List.copyOf(articles);
    }

    /** One cited article, the unit a chip on screen shows. */
    public record Article(String lawId, int number) {}

    public List<Article> each() {
        return articles.stream().map(n -> new Article(lawId, n)).toList();
    }
}
