package org.legalkiosk.content.check;

import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.statute.Division;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteLibrary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks explainers against the official texts: every cited article exists, and the principal citation lies in
 * the law and book that the explainer's category claims. Citations of laws whose text is not at hand are
 * listed as unverified rather than passed silently.
 */
public final class CitationChecker {

    /** Problems found, and the laws that were cited but could not be checked against a text. */
    public record Report(List<ContentProblem> problems, Set<String> unverifiedLaws, int articlesChecked) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private final StatuteLibrary statutes;

    public CitationChecker(StatuteLibrary statutes) {
        this.statutes = statutes;
    }

    public Report check(ContentLibrary library) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> unverified = new LinkedHashSet<>();
        int checked = 0;
        for (Explainer explainer : library.allExplainers()) {
            for (Citation.Article cited : explainer.citedArticles()) {
                if (!statutes.isInstalled(cited.lawId())) {
                    unverified.add(cited.lawId());
                    continue;
                }
                checked++;
                if (statutes.article(cited.lawId(), cited.number()).isEmpty()) {
                    problems.add(new ContentProblem(explainer.source(), 0,
                            cited.lawId() + " has no article " + cited.number()));
                }
            }
            library.category(explainer.categoryId())
                    .ifPresent(category -> checkPrincipal(explainer, category, problems));
        }
        return new Report(problems, unverified, checked);
    }

    private void checkPrincipal(Explainer explainer, Category category, List<ContentProblem> problems) {
        Citation principal = explainer.principalCitation();
        if (!principal.lawId().equals(category.lawId())) {
            problems.add(new ContentProblem(explainer.source(), 0, "principal citation is of " + principal.lawId()
                    + " but category '" + category.id() + "' covers " + category.lawId()));
            return;
        }
        if (category.bookNumber().isEmpty() || !statutes.isInstalled(principal.lawId())) {
            return;
        }
        int wanted = category.bookNumber().getAsInt();
        for (int number : principal.articles()) {
            Optional<Division> book = statutes.article(principal.lawId(), number).flatMap(StatuteArticle::bookDivision);
            if (book.isPresent() && book.get().number() != wanted) {
                problems.add(new ContentProblem(explainer.source(), 0, "article " + number + " lies in book "
                        + book.get().number() + " (" + book.get().heading() + "), but category '" + category.id()
                        + "' claims book " + wanted));
            }
        }
    }
}
