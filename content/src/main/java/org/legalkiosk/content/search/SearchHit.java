package org.legalkiosk.content.search;

import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;

/**
 * One search result: an explainer (by id) or a statute article (by law id and number), with what to show for
 * it in the results list.
 *
 * @param explainerId the explainer's id; null for an article
 * @param article     the law and article number; null for an explainer
 * @param language    the language of {@code title} and {@code snippet}: the asked one, or Chinese where the
 *                    explainer has no translation (statutes are Chinese only, their titles follow the UI)
 * @param title       the explainer's title, or the law's short name and the article's label
 * @param snippet     a piece of the text with the matched words marked
 * @param score       relevance; only its order among the hits of one search means anything
 */
public record SearchHit(
        Kind kind,
        String explainerId,
        Citation.Article article,
        Language language,
        String title,
        Snippet snippet,
        float score) {

    public enum Kind {
        EXPLAINER,
        ARTICLE
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        if ((kind == Kind.EXPLAINER) != (explainerId != null) || (kind == Kind.ARTICLE) != (article != null)) {
            throw new IllegalArgumentException("an explainer hit has an id, an article hit has an article");
        }
    }

    public static SearchHit explainer(String id, Language language, String title, Snippet snippet, float score) {
        return new SearchHit(Kind.EXPLAINER, id, null, language, title, snippet, score);
    }

    public static SearchHit article(
            Citation.Article article, Language language, String title, Snippet snippet, float score) {
        return new SearchHit(Kind.ARTICLE, null, article, language, title, snippet, score);
    }

    public Optional<String> explainer() {
        return Optional.ofNullable(explainerId);
    }

    public Optional<Citation.Article> statuteArticle() {
        return Optional.ofNullable(article);
    }
}
