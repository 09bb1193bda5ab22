package org.legalkiosk.content.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;

class ExplainerParserTest {

    static final Catalogue CATALOGUE = new Catalogue(
            List.of(
                    new Category("succession", LocalizedText.of("继承", "Inheritance"), null, "civil-code", 6),
                    new Category("legal-aid", LocalizedText.of("法律援助", "Legal aid"), null, "legal-aid-law", null)),
            List.of(
                    new Law("civil-code", LocalizedText.of("民法典", "Civil Code"), null, 1260, "civil-code.zh.md"),
                    new Law("legal-aid-law", LocalizedText.of("法律援助法", null), null, 71, null)));

    static final String BODY = """
            ## 法律怎么说

            没有遗嘱时，**配偶、子女、父母**先继承。

            ## 您可以怎么做

            1. 先和家人商量。
            2. 商量不成去调解，见[调解](explainer:mediation-what)。

            ## 去哪里求助

            拨打 12348。
            """;

    static String file(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n\n" + body;
    }

    static final String GOOD_FRONT = """
            id: inheritance-order
            title: 老人去世没留遗嘱，遗产怎么分？
            category: succession
            tags: [继承, 遗产]
            cites:
              - law: civil-code
                articles: [1127, 1130]
            lang: zh
            summary: 没有遗嘱时，遗产先由配偶、子女、父母平分。
            updated: 2026-11-28
            """;

    private final ExplainerParser parser = new ExplainerParser(CATALOGUE);

    private List<ContentProblem> problemsOf(String text) {
        Problems problems = new Problems();
        Optional<Explainer> e = parser.parse("explainers/succession/x.zh.md", text, problems);
        assertTrue(e.isEmpty() || problems.isEmpty(), "a file with problems must not produce an explainer");
        return problems.list();
    }

    @Test
    void readsAGoodExplainer() {
        Problems problems = new Problems();
        Explainer e = parser.parse("x.zh.md", file(GOOD_FRONT, BODY), problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("inheritance-order", e.id());
        assertEquals(Language.ZH, e.language());
        assertEquals(List.of(1127, 1130), e.principalCitation().articles());
        assertEquals(List.of("继承", "遗产"), e.tags());
        assertEquals(14, e.bodyStartLine());
        assertTrue(e.body().startsWith("## 法律怎么说"));
    }

    @Test
    void reportsAnUnknownCategoryOnItsLine() {
        List<ContentProblem> p =
                problemsOf(file(GOOD_FRONT.replace("category: succession", "category: inheritence"), BODY));
        assertEquals(1, p.size(), p.toString());
        assertEquals(4, p.get(0).line());
        assertTrue(
                p.get(0).toString().startsWith("explainers/succession/x.zh.md:4: category 'inheritence' is not one of"),
                p.get(0).toString());
    }

    @Test
    void reportsAMissingField() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT.replace("summary: 没有遗嘱时，遗产先由配偶、子女、父母平分。\n", ""), BODY));
        assertEquals("missing required field 'summary'", p.get(0).message());
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT.replace("tags: [继承, 遗产]", "tags: [继承, 遗产"), BODY));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("YAML syntax error"), p.toString());
        assertTrue(p.get(0).line() >= 5, p.toString());
    }

    @Test
    void reportsArticlesTheLawDoesNotHave() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT.replace("[1127, 1130]", "[1127, 1300]"), BODY));
        assertEquals(1, p.size(), p.toString());
        assertEquals(6, p.get(0).line());
        assertTrue(p.get(0).message().contains("civil-code has no article 1300"), p.toString());
    }

    @Test
    void reportsArticlesWrittenInChinese() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT.replace("[1127, 1130]", "[一千一百二十七]"), BODY));
        assertTrue(p.get(0).message().contains("must be written as a number"), p.toString());
    }

    @Test
    void principalCitationMustBeOfTheCategorysLaw() {
        String front =
                GOOD_FRONT.replace("law: civil-code", "law: legal-aid-law").replace("[1127, 1130]", "[31]");
        List<ContentProblem> p = problemsOf(file(front, BODY));
        assertTrue(p.get(0).message().startsWith("the first citation must be of civil-code"), p.toString());
    }

    @Test
    void rejectsRawHtmlAndScriptsOnTheirLine() {
        List<ContentProblem> p =
                problemsOf(file(GOOD_FRONT, BODY.replace("拨打 12348。", "拨打 12348。\n\n<script>alert(1)</script>")));
        assertEquals(1, p.size(), p.toString());
        assertEquals(27, p.get(0).line(), p.toString());
        assertTrue(p.get(0).message().contains("raw HTML"));
    }

    @Test
    void rejectsLinksThatLeaveTheKiosk() {
        List<ContentProblem> p =
                problemsOf(file(GOOD_FRONT, BODY.replace("explainer:mediation-what", "https://example.com")));
        assertEquals(1, p.size(), p.toString());
        assertEquals(21, p.get(0).line(), p.toString());
    }

    @Test
    void rejectsImagesOutsideTheImagesFolder() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT, BODY + "\n![x](../../etc/passwd.png)\n"));
        assertTrue(p.get(0).message().contains("must be a file in images/"), p.toString());
    }

    @Test
    void requiresTheThreeSections() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT, BODY.replace("## 去哪里求助", "## 其他")));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("missing section '## 去哪里求助'"), p.toString());
    }

    @Test
    void rejectsUnknownFieldsAndTopLevelHeadings() {
        List<ContentProblem> p = problemsOf(file(GOOD_FRONT + "author: me\n", "# 标题\n\n" + BODY));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("unknown field 'author'"));
        assertTrue(p.get(1).message().startsWith("use only ## and ###"));
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        List<ContentProblem> p = problemsOf(BODY);
        assertEquals(
                "an explainer must start with a '---' line, then its front matter",
                p.get(0).message());
        p = problemsOf("---\nid: x\n" + BODY);
        assertEquals(
                "front matter is not closed by a second '---' line", p.get(0).message());
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        Problems problems = new Problems();
        String text = "\uFEFF" + file(GOOD_FRONT, BODY).replace("\n", "\r\n");
        assertTrue(
                parser.parse("x.zh.md", text, problems).isPresent(),
                problems.list().toString());
    }
}
