package org.legalkiosk.content.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.LawText;
import org.legalkiosk.content.source.ContentLoader;

/** Every bundled explainer says which law text it rests on, and that date is the statute's own. */
class LawTextAccuracyTest {

    @Test
    void everyBundledExplainerNamesTheTextOfItsLaw() throws Exception {
        ContentLibrary library = new ContentLoader().loadStrict(TestContent.bundledRoot());
        List<String> missing = library.allExplainers().stream()
                .filter(e -> e.lawTextOf().isEmpty())
                .map(Explainer::source)
                .toList();
        assertTrue(missing.isEmpty(), "no lawText in " + missing);
    }

    @Test
    void theDatesAreTheStatutesOwn() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary library = new ContentLoader().loadStrict(TestContent.bundledRoot());
        LawTextChecker.Report report = new LawTextChecker(statutes).check(library);
        assertTrue(
                report.isClean(),
                report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(report.checked() > 50, "checked " + report.checked());
    }

    @Test
    void aStatuteReadsItsOwnDates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("law.zh.md");
        Files.writeString(file, """
                # 中华人民共和国农村土地承包法

                2002年8月29日 第九届全国人民代表大会常务委员会第二十九次会议通过

                2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正

                2018年12月29日 第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国农村土地承包法〉的决定》第二次修正

                <!-- INFO END -->
                第七十条 本法自2003年3月1日起施行。
                """);
        LawTextChecker.StatuteDates dates = LawTextChecker.read(file);
        assertEquals(List.of(LocalDate.of(2003, 3, 1)), dates.inForce());
        assertEquals(List.of(LocalDate.of(2009, 8, 27), LocalDate.of(2018, 12, 29)), dates.amended());
        assertEquals(LocalDate.of(2018, 12, 29), dates.latestChange().orElseThrow());
    }

    @Test
    void aSupersededOrMadeUpDateIsReported() throws Exception {
        Path statutes = TestContent.statutes().orElse(null);
        assumeTrue(statutes != null, TestContent.NO_STATUTES);
        ContentLibrary real = new ContentLoader().loadStrict(TestContent.bundledRoot());
        Explainer land = real.allExplainers().stream()
                .filter(e -> e.principalCitation().lawId().equals("rural-land-contracting-law"))
                .findFirst()
                .orElseThrow();
        Explainer old = withLawText(land, new LawText(LocalDate.of(2009, 8, 27), LawText.Event.AMENDED));
        Explainer wrong = withLawText(land, new LawText(LocalDate.of(2019, 1, 1), LawText.Event.IN_FORCE));
        for (Explainer e : List.of(old, wrong)) {
            ContentLibrary library = new ContentLibrary(real.categories(), real.laws(), List.of(e), List.of());
            LawTextChecker.Report report = new LawTextChecker(statutes).check(library);
            assertEquals(1, report.problems().size(), e.lawText() + ": " + report.problems());
        }
    }

    private static Explainer withLawText(Explainer e, LawText text) {
        return new Explainer(
                e.id(),
                e.title(),
                e.categoryId(),
                e.tags(),
                e.cites(),
                e.language(),
                e.summary(),
                e.updated(),
                e.body(),
                e.source(),
                e.bodyStartLine(),
                text,
                e.sensitive());
    }
}
