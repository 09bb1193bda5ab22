package org.legalkiosk.content.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormLoader;
import org.legalkiosk.content.forms.FormSection;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.statute.Division;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * Checks explainers against the official texts: every cited article exists, the principal citation lies in
 * the law and book that the explainer's category claims, and every quotation of an article in the body (see
 * {@link ArticleQuotes}) is the law's own words and of an article the explainer cites. Citations of laws whose
 * text is not at hand are listed as unverified rather than passed silently.
 */
public final class CitationChecker {

    /** Problems found, and the laws that were cited but could not be checked against a text. */
    public record Report(
            List<ContentProblem> problems, Set<String> unverifiedLaws, int articlesChecked, int quotesChecked) {
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
        int quotes = 0;
        ArticleQuotes finder = new ArticleQuotes(List.copyOf(library.laws()));
        for (Explainer explainer : library.allExplainers()) {
            for (Citation.Article cited : explainer.citedArticles()) {
                if (!statutes.isInstalled(cited.lawId())) {
                    unverified.add(cited.lawId());
                    continue;
                }
                checked++;
                if (statutes.article(cited.lawId(), cited.number()).isEmpty()) {
                    problems.add(new ContentProblem(
                            explainer.source(), 0, cited.lawId() + " has no article " + cited.number()));
                }
            }
            library.category(explainer.categoryId())
                    .ifPresent(category -> checkPrincipal(explainer, category, problems));
            quotes += checkQuotes(explainer, finder, problems, unverified);
        }
        return new Report(problems, unverified, checked, quotes);
    }

    private int checkQuotes(
            Explainer explainer, ArticleQuotes finder, List<ContentProblem> problems, Set<String> unverified) {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (ArticleQuotes.Quote quote : finder.in(explainer, unknown)) {
            if (!explainer.citedArticles().contains(new Citation.Article(quote.lawId(), quote.article()))) {
                problems.add(new ContentProblem(
                        explainer.source(),
                        quote.line(),
                        "quotes " + quote.lawId() + " article " + quote.article()
                                + " but does not cite it: add it to `cites`"));
                continue;
            }
            if (!statutes.isInstalled(quote.lawId())) {
                unverified.add(quote.lawId());
                continue;
            }
            checked++;
            String text = statutes.article(quote.lawId(), quote.article())
                    .map(StatuteArticle::text)
                    .orElse("");
            if (!ArticleQuotes.matches(quote, text)) {
                problems.add(new ContentProblem(
                        explainer.source(),
                        quote.line(),
                        "the quotation “" + quote.written() + "” is not the text of " + quote.lawId() + " article "
                                + quote.article()));
            }
        }
        for (String name : unknown) {
            problems.add(new ContentProblem(
                    explainer.source(), explainer.bodyStartLine(), "quotes 《" + name + "》, which is not in laws.yaml"));
        }
        return checked;
    }

    /**
     * Every article a form cites (its sections, elements, questions and notes) exists in the official text; forms
     * have no category and quote nothing, so only existence is checked; laws without a text are listed as unverified.
     */
    public Report checkForms(List<FormDefinition> forms) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> unverified = new LinkedHashSet<>();
        int checked = 0;
        for (FormDefinition form : forms) {
            String source = FormLoader.FOLDER + "/" + form.id() + ".yaml";
            for (Citation citation : citations(form)) {
                for (Citation.Article cited : citation.each()) {
                    if (!statutes.isInstalled(cited.lawId())) {
                        unverified.add(cited.lawId());
                        continue;
                    }
                    checked++;
                    if (statutes.article(cited.lawId(), cited.number()).isEmpty()) {
                        problems.add(
                                new ContentProblem(source, 0, cited.lawId() + " has no article " + cited.number()));
                    }
                }
            }
        }
        return new Report(problems, unverified, checked, 0);
    }

    private static List<Citation> citations(FormDefinition form) {
        List<Citation> all = new ArrayList<>();
        for (FormSection section : form.sections()) {
            all.addAll(section.cites());
            section.elements().forEach(e -> all.addAll(e.cites()));
        }
        form.questions().forEach(q -> all.addAll(q.cites()));
        form.attach().forEach(n -> all.addAll(n.cites()));
        form.fileAt().forEach(n -> all.addAll(n.cites()));
        return all;
    }

    private void checkPrincipal(Explainer explainer, Category category, List<ContentProblem> problems) {
        Citation principal = explainer.principalCitation();
        if (!principal.lawId().equals(category.lawId())) {
            problems.add(new ContentProblem(
                    explainer.source(),
                    0,
                    "principal citation is of " + principal.lawId() + " but category '" + category.id() + "' covers "
                            + category.lawId()));
            return;
        }
        if (category.bookNumber().isEmpty() || !statutes.isInstalled(principal.lawId())) {
            return;
        }
        int wanted = category.bookNumber().getAsInt();
        for (int number : principal.articles()) {
            Optional<Division> book =
                    statutes.article(principal.lawId(), number).flatMap(StatuteArticle::bookDivision);
            if (book.isPresent() && book.get().number() != wanted) {
                problems.add(new ContentProblem(
                        explainer.source(),
                        0,
                        "article " + number + " lies in book "
                                + book.get().number() + " (" + book.get().heading() + "), but category '"
                                + category.id()
                                + "' claims book " + wanted));
            }
        }
    }
}
