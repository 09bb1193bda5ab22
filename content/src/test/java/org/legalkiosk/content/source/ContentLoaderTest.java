package org.legalkiosk.content.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Language;

class ContentLoaderTest {

    @TempDir
    Path root;

    private static final String LAWS = """
            - id: civil-code
              name: {zh: 民法典, en: Civil Code}
              articles: 1260
              text: civil-code.zh.md
            """;
    private static final String CATEGORIES = """
            - id: succession
              name: {zh: 继承, en: Inheritance}
              law: civil-code
              book: 6
            """;

    @BeforeEach
    void writeCatalogue() throws IOException {
        Files.writeString(root.resolve("laws.yaml"), LAWS);
        Files.writeString(root.resolve("categories.yaml"), CATEGORIES);
        Files.createDirectories(root.resolve("explainers/succession"));
    }

    private void explainer(String name, String front, String body) throws IOException {
        Files.writeString(root.resolve("explainers/succession/" + name), ExplainerParserTest.file(front, body));
    }

    private static String front(String id, String lang) {
        return ExplainerParserTest.GOOD_FRONT.replace("inheritance-order", id).replace("lang: zh", "lang: " + lang);
    }

    private static final String EN_BODY = """
            ## What the law says

            Spouse, children and parents inherit first.

            ## What you can do

            Talk to your family.

            ## Where to get help

            Call 12348.
            """;

    private static final String ZH_BODY =
            ExplainerParserTest.BODY.replace("explainer:mediation-what", "explainer:wills");

    @Test
    void loadsExplainersWithTheirTranslations() throws Exception {
        explainer("inheritance-order.zh.md", front("inheritance-order", "zh"), ZH_BODY);
        explainer("inheritance-order.en.md", front("inheritance-order", "en"), EN_BODY);
        explainer("wills.zh.md", front("wills", "zh"), ZH_BODY);
        Files.writeString(root.resolve("notices.yaml"), """
                - id: office-closed
                  title: {zh: 司法所今天休息, en: Office closed today}
                  priority: urgent
                  end: 2030-01-01T00:00:00Z
                """);
        ContentLibrary library = new ContentLoader().loadStrict(root);
        assertEquals(2, library.count(Language.ZH));
        assertEquals(1, library.count(Language.EN));
        assertEquals(
                "en",
                library.explainer("inheritance-order", Language.EN)
                        .orElseThrow()
                        .language()
                        .code());
        assertEquals(
                Language.ZH,
                library.explainer("wills", Language.EN).orElseThrow().language(),
                "an untranslated explainer falls back to Chinese");
        assertEquals(2, library.explainersIn("succession", Language.EN).size());
        assertEquals(
                "司法所今天休息",
                library.activeNotices(Instant.parse("2026-01-01T00:00:00Z"))
                        .get(0)
                        .title()
                        .zh());
        assertTrue(library.activeNotices(Instant.parse("2031-01-01T00:00:00Z")).isEmpty());
    }

    @Test
    void keepsTheLawsInTheOrderLawsYamlListsThem() throws Exception {
        ContentLibrary bundled = new ContentLoader().loadStrict(org.legalkiosk.content.TestContent.bundledRoot());
        List<String> ids = bundled.laws().stream().map(l -> l.id()).toList();
        assertTrue(ids.size() > 20, ids.toString());
        assertEquals(List.of("civil-code", "rural-land-contracting-law", "legal-aid-law"), ids.subList(0, 3));
        assertEquals("civil-procedure-law", ids.get(ids.size() - 1));
    }

    @Test
    void reportsLinksToExplainersThatDoNotExist() throws Exception {
        explainer("inheritance-order.zh.md", front("inheritance-order", "zh"), ZH_BODY);
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(
                "explainers/succession/inheritance-order.zh.md:21: link to unknown explainer 'wills'",
                p.get(0).toString());
    }

    @Test
    void reportsATranslationWithoutItsOriginal() throws Exception {
        explainer("wills.zh.md", front("wills", "zh"), ZH_BODY.replace("explainer:wills", "explainer:wills"));
        explainer("orphan.en.md", front("orphan", "en"), EN_BODY);
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("needs its Chinese original orphan.zh.md"), p.toString());
    }

    @Test
    void reportsAMismatchBetweenFileNameAndFrontMatter() throws Exception {
        explainer("wills.zh.md", front("wills", "zh"), ZH_BODY);
        explainer("other-name.zh.md", front("wills", "zh"), ZH_BODY);
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("differs from the file name"), p.toString());
    }

    @Test
    void reportsAnExplainerInTheWrongFolder() throws Exception {
        explainer("wills.zh.md", front("wills", "zh"), ZH_BODY);
        Files.createDirectories(root.resolve("explainers/other"));
        Files.writeString(
                root.resolve("explainers/other/second.zh.md"),
                ExplainerParserTest.file(front("second", "zh"), ZH_BODY));
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("differs from its folder 'other'"), p.toString());
    }

    @Test
    void reportsMissingImagesAndBadFileNames() throws Exception {
        explainer("wills.zh.md", front("wills", "zh"), ZH_BODY + "\n![借条](images/iou.png)\n");
        Files.writeString(root.resolve("explainers/succession/notes.txt"), "x");
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().equals("image 'images/iou.png' does not exist")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().startsWith("explainer files are named")), p.toString());
    }

    @Test
    void reportsBrokenCatalogues() throws Exception {
        Files.writeString(root.resolve("categories.yaml"), "- id: succession\n  name: {zh: 继承}\n  law: penal-code\n");
        Files.writeString(root.resolve("laws.yaml"), "- id: civil-code\n  name: {en: Civil Code}\n");
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertTrue(
                p.stream().anyMatch(x -> x.toString().startsWith("laws.yaml:1: `name` needs at least a Chinese text")),
                p.toString());
        assertTrue(
                p.stream()
                        .anyMatch(
                                x -> x.toString()
                                        .equals(
                                                "categories.yaml:1: category 'succession': law 'penal-code' is not in laws.yaml")),
                p.toString());
    }

    @Test
    void strictLoadingRefusesContentWithAnyProblem() throws Exception {
        explainer("wills.zh.md", front("wills", "zh").replace("category: succession", "category: nowhere"), ZH_BODY);
        ContentValidationException e =
                assertThrows(ContentValidationException.class, () -> new ContentLoader().loadStrict(root));
        assertTrue(e.getMessage().contains("explainers/succession/wills.zh.md:4: category 'nowhere'"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNotUtf8() throws Exception {
        Files.write(root.resolve("explainers/succession/wills.zh.md"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        List<ContentProblem> p = new ContentLoader().load(root).problems();
        assertEquals(
                "explainers/succession/wills.zh.md: file is not valid UTF-8",
                p.get(0).toString());
    }
}
