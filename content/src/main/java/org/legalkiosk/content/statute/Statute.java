package org.legalkiosk.content.statute;

import java.util.List;
import java.util.Optional;

/** The official text of one law, article by article. */
public record Statute(String lawId, String title, List<StatuteArticle> articles) {

    public Statute {
        articles = List.copyOf(articles);
    }

    /** Articles are numbered 1..n without gaps (checked when parsed), so lookup is by index. */
    public Optional<StatuteArticle> article(int number) {
        if (number < 1 || number > articles.size()) {
            return Optional.empty();
        }
        return Optional.of(articles.get(number - 1));
    }
}
