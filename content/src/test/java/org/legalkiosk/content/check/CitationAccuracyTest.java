package org.legalkiosk.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.statute.StatuteLibrary;

/**
 * Every article the bundled explainers cite, of every law in laws.yaml whose official text is at hand, exists in
 * that text; each explainer's principal citation lies in the book or law its category claims; and every quotation
 * of an article in an explainer's body is the article's own words.
 */
class CitationAccuracyTest {

    /** Loaded once: parsing 25 statutes takes seconds on a terminal-class machine. */
    private static ContentLibrary bundled;

    private static StatuteLibrary texts;

    private static synchronized ContentLibrary bundled() throws Exception {
        if (bundled == null) {
            bundled = new ContentLoader().loadStrict(TestContent.bundledRoot());
        }
        return bundled;
    }

    private static synchronized StatuteLibrary texts(Path statutes) throws Exception {
        if (texts == null) {
            texts = StatuteLibrary.load(statutes, bundled().laws());
        }
        return texts;
    }

    @Test
    void everyCitedArticleOfEveryLawWithATextExistsWhereItsCategoryClaims() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary library = bundled();
        List<String> absent = library.laws().stream()
                .filter(l -> l.text().isPresent())
                .filter(l -> !Files.isRegularFile(statutes.resolve(l.text().get())))
                .map(l -> l.id() + " (" + l.text().get() + ")")
                .toList();
        StatuteLibrary texts = texts(statutes);
        long withText =
                library.laws().stream().filter(l -> l.text().isPresent()).count();
        assertEquals(
                withText - absent.size(), texts.size(), "every text at hand parses (see the log for one left out)");

        CitationChecker.Report report = new CitationChecker(texts).check(library);

        assertTrue(
                report.isClean(),
                report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(report.articlesChecked() > 300, "checked " + report.articlesChecked() + " citations");
        System.out.println("Citations checked against official texts: " + report.articlesChecked() + " articles, "
                + report.quotesChecked() + " quotations; laws cited without a text at hand: "
                + report.unverifiedLaws());
        assumeTrue(
                absent.isEmpty(),
                "laws.yaml names texts not found in " + statutes + ", their citations were range-checked only: "
                        + absent);
        assertEquals(Set.of(), report.unverifiedLaws(), "every cited law has its text checked");
    }

    @Test
    void everyLawHasAText() throws Exception {
        ContentLibrary library = bundled();
        List<String> without = library.laws().stream()
                .filter(l -> l.text().isEmpty())
                .map(Law::id)
                .toList();
        assertEquals(List.of(), without, "laws.yaml names the official text of every law explainers may cite");
    }

    @Test
    void aQuotationMustBeTheArticlesOwnWords() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary real = bundled();
        StatuteLibrary texts = texts(statutes);
        Explainer bride = real.explainer("bride-price", Language.ZH).orElseThrow();
        String right = "民法典第1042条规定“禁止借婚姻索取财物”。\n";
        String elided = "《民法典》第一千零四十二条说：“禁止包办、买卖婚姻……禁止借婚姻索取财物。”\n";
        String wrong = "民法典第1042条规定“禁止借婚姻索要财物”。\n";
        String uncited = "民法典第1043条规定“家庭应当树立优良家风”。\n";
        String unknownLaw = "《婚姻法》第3条规定“禁止借婚姻索取财物”。\n";

        assertEquals(List.of(), problems(texts, real, withBody(bride, right + elided)));
        assertEquals(
                2,
                new CitationChecker(texts)
                        .check(library(real, withBody(bride, right + elided)))
                        .quotesChecked());
        List<String> found = problems(texts, real, withBody(bride, wrong + uncited + unknownLaw));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).contains("is not the text of civil-code article 1042"), found.get(0));
        assertTrue(found.get(1).contains("does not cite it"), found.get(1));
        assertTrue(found.get(2).contains("《婚姻法》, which is not in laws.yaml"), found.get(2));
    }

    private static List<String> problems(StatuteLibrary texts, ContentLibrary real, Explainer e) {
        return new CitationChecker(texts)
                .check(library(real, e)).problems().stream()
                        .map(Object::toString)
                        .toList();
    }

    private static ContentLibrary library(ContentLibrary real, Explainer e) {
        return new ContentLibrary(real.categories(), real.laws(), List.of(e), List.of());
    }

    private static Explainer withBody(Explainer e, String body) {
        return new Explainer(
                e.id(),
                e.title(),
                e.categoryId(),
                e.tags(),
                e.cites(),
                e.language(),
                e.summary(),
                e.updated(),
                body + e.body(),
                e.source(),
                e.bodyStartLine(),
                e.lawText(),
                e.sensitive());
    }

    @Test
    void catchesAnArticleInTheWrongBook() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary real = bundled();
        var wrong = real.allExplainers().stream()
                .filter(e -> e.categoryId().equals("succession"))
                .findFirst()
                .orElseThrow();
        var moved = new org.legalkiosk.content.model.Explainer(
                wrong.id(),
                wrong.title(),
                wrong.categoryId(),
                wrong.tags(),
                java.util.List.of(new org.legalkiosk.content.model.Citation("civil-code", java.util.List.of(1079))),
                wrong.language(),
                wrong.summary(),
                wrong.updated(),
                wrong.body(),
                wrong.source(),
                wrong.bodyStartLine(),
                wrong.lawText(),
                wrong.sensitive());
        ContentLibrary library =
                new ContentLibrary(real.categories(), real.laws(), java.util.List.of(moved), java.util.List.of());
        CitationChecker.Report report = new CitationChecker(texts(statutes)).check(library);
        assertEquals(1, report.problems().size());
        assertTrue(
                report.problems()
                        .get(0)
                        .message()
                        .contains("lies in book 5 (婚姻家庭), but category 'succession' claims book 6"),
                report.problems().get(0).message());
    }
}
