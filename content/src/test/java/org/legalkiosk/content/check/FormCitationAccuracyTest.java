package org.legalkiosk.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormLoader;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.source.ContentLoader;
import org.legalkiosk.content.statute.StatuteLibrary;

/** Every article the bundled forms cite exists in its official text, and every law they cite has one installed. */
class FormCitationAccuracyTest {

    @Test
    void everyArticleAFormCitesExists() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary library = new ContentLoader().loadStrict(TestContent.bundledRoot());
        List<FormDefinition> forms = FormLoader.loadAll(TestContent.bundledRoot());

        CitationChecker.Report report =
                new CitationChecker(StatuteLibrary.load(statutes, library.laws())).checkForms(forms);

        assertTrue(
                report.isClean(),
                report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        // A form is what a villager signs: none of its grounds may go unchecked for want of a text.
        assertEquals(java.util.Set.of(), report.unverifiedLaws());
        assertTrue(report.articlesChecked() > 30, "checked " + report.articlesChecked());
        System.out.println("Form citations checked against official texts: " + report.articlesChecked());
    }
}
