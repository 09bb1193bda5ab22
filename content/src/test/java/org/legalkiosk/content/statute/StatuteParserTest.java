package org.legalkiosk.content.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;

class StatuteParserTest {

    private static final String SAMPLE = """
            # 中华人民共和国示例法

            2020年5月28日 通过
            <!-- INFO END -->

            会议通过）

            ## 第一编 总则

            ### 第一章  基本 规定

            第一条 为了示例，制定本法。

            第二条 第一款的内容。

            第二款的内容：

            （一）第一项；

            第一分编 通则

            ### 第二章 其他

            #### 第一节 监 护

            第三条 最后一条。

            附 则

            第四条 本法自公布之日起施行。
            """;

    @Test
    void readsArticlesParagraphsAndDivisions() throws Exception {
        Statute statute = StatuteParser.parse("sample", "sample.md", SAMPLE);
        assertEquals("中华人民共和国示例法", statute.title());
        assertEquals(4, statute.articles().size());
        StatuteArticle second = statute.article(2).orElseThrow();
        assertEquals(3, second.paragraphs().size(), "sub-book line must not become part of article 2");
        assertEquals("第一款的内容。", second.paragraphs().get(0));
        assertEquals("基本规定", second.chapter().heading());
        StatuteArticle third = statute.article(3).orElseThrow();
        assertEquals(1, third.bookDivision().orElseThrow().number());
        assertEquals("监护", third.section().heading());
        assertEquals(1, statute.article(4).orElseThrow().paragraphs().size(), "附 则 is not article text");
        assertTrue(statute.article(5).isEmpty());
        assertEquals("第三条", third.label());
    }

    @Test
    void refusesGapsInTheNumbering() {
        String gap = "# 法\n\n第一条 甲。\n\n第三条 丙。\n";
        StatuteFormatException e =
                assertThrows(StatuteFormatException.class, () -> StatuteParser.parse("gap", "gap.md", gap));
        assertTrue(e.getMessage().startsWith("gap.md:5:"), e.getMessage());
    }

    @Test
    void refusesAFileWithoutArticles() {
        assertThrows(StatuteFormatException.class, () -> StatuteParser.parse("none", "none.md", "# 标题\n\n正文\n"));
    }

    @Test
    void readsTheWholeCivilCodeWithItsSevenBooks() throws Exception {
        Path dir = TestContent.statutes().orElse(null);
        assumeTrue(dir != null, TestContent.NO_STATUTES);
        Statute code = StatuteParser.parse(
                "civil-code", "civil-code.zh.md", Files.readString(dir.resolve("civil-code.zh.md")));
        assertEquals(1260, code.articles().size());
        assertEquals(6, code.article(1127).orElseThrow().book().number());
        assertEquals("继承", code.article(1127).orElseThrow().book().heading());
        assertEquals(5, code.article(1040).orElseThrow().book().number());
        assertEquals(7, code.article(1258).orElseThrow().book().number());
        assertTrue(code.article(1127).orElseThrow().text().contains("配偶、子女、父母"));
    }

    @Test
    void singleFileAndBookFilesHoldTheSameArticleTexts() throws Exception {
        Path dir = TestContent.statutes().orElse(null);
        assumeTrue(dir != null, TestContent.NO_STATUTES);
        Statute whole = StatuteParser.parse(
                "civil-code", "civil-code.zh.md", Files.readString(dir.resolve("civil-code.zh.md")));
        int compared = 0;
        try (Stream<Path> books = Files.list(dir.resolve("civil-code.zh.books")).sorted()) {
            for (Path file : books.toList()) {
                String text = Files.readString(file);
                // Each book file numbers from its own first article; parse with an offset-free check by text.
                for (String line : text.split("\n")) {
                    var m = java.util.regex.Pattern.compile("^第([零一二三四五六七八九十百千]+)条 (.*)$")
                            .matcher(line.strip());
                    if (m.matches()) {
                        int n = ChineseNumerals.parse(m.group(1));
                        assertEquals(
                                whole.article(n).orElseThrow().paragraphs().get(0),
                                m.group(2).strip(),
                                "first paragraph of article " + n + " in " + file.getFileName());
                        compared++;
                    }
                }
            }
        }
        assertEquals(1260, compared);
    }

    @Test
    void readsEveryInstalledLaw() throws Exception {
        Path dir = TestContent.statutes().orElse(null);
        assumeTrue(dir != null, TestContent.NO_STATUTES);
        record Expected(String file, int articles) {}
        for (Expected e : new Expected[] {
            new Expected("legal-aid-law.zh.md", 71), new Expected("people-mediation-law.zh.md", 35),
            new Expected("rural-land-contracting-law.zh.md", 70), new Expected("constitution.zh.md", 143),
            new Expected("rural-revitalization-promotion-law.zh.md", 74)
        }) {
            Statute s = StatuteParser.parse(e.file(), e.file(), Files.readString(dir.resolve(e.file())));
            assertEquals(e.articles(), s.articles().size(), e.file());
        }
    }
}
