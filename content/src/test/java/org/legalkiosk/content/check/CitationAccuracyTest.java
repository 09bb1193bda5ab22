package org.legalkiosk.content.check;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.statute.StatuteLibrary;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every article the bundled explainers cite exists in the official text, and each explainer's principal
 * citation lies in the book or law its category claims.
 */
class CitationAccuracyTest {

    @Test
    void everyCitedArticleExistsWhereItsCategoryClaims() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary library = new ContentLoader().loadStrict(TestContent.bundledRoot());
        StatuteLibrary texts = StatuteLibrary.load(statutes, library.laws());
        assertEquals(6, texts.size(), "all six laws with official text in " + statutes);

        CitationChecker.Report report = new CitationChecker(texts).check(library);

        assertTrue(report.isClean(), report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(report.articlesChecked() > 100, "checked " + report.articlesChecked() + " citations");
        System.out.println("Citations checked against official texts: " + report.articlesChecked()
                + "; laws cited without an installed text (numbers range-checked only): " + report.unverifiedLaws());
    }

    @Test
    void catchesAnArticleInTheWrongBook() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary real = new ContentLoader().loadStrict(TestContent.bundledRoot());
        var wrong = real.allExplainers().stream().filter(e -> e.categoryId().equals("succession")).findFirst().orElseThrow();
        var moved = new org.legalkiosk.content.model.Explainer(wrong.id(), wrong.title(), wrong.categoryId(), wrong.tags(),
                java.util.List.of(new org.legalkiosk.content.model.Citation("civil-code", java.util.List.of(1079))),
                wrong.language(), wrong.summary(), wrong.updated(), wrong.body(), wrong.source(), wrong.bodyStartLine(),
                wrong.lawText(), wrong.sensitive());
        ContentLibrary library = new ContentLibrary(real.categories(), real.laws(), java.util.List.of(moved), java.util.List.of());
        CitationChecker.Report report = new CitationChecker(StatuteLibrary.load(statutes, real.laws())).check(library);
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).message().contains("lies in book 5 (婚姻家庭), but category 'succession' claims book 6"),
                report.problems().get(0).message());
    }
}
