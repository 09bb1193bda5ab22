package org.legalkiosk.kiosk.ui.statutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteParser;
import org.legalkiosk.kiosk.testing.TestKiosk;

class StatuteOutlineTest {

    private static final String LAW = """
            # 示例法

            ## 第一编 总则

            ### 第一章 一般规定

            第一条 甲。

            第二条 乙。

            ### 第二章 其他

            第三条 丙。

            ## 第二编 分则

            ### 第一章 细则

            第四条 丁。
            """;

    @Test
    void listsBooksWithTheChaptersUnderThem() throws Exception {
        Statute statute = StatuteParser.parse("sample", "sample.md", LAW);
        List<StatuteOutline.Entry> entries = StatuteOutline.of(statute);
        assertEquals(5, entries.size());
        assertEquals("第一编 总则", entries.get(0).heading());
        assertEquals(1, entries.get(0).firstArticle());
        assertEquals(3, entries.get(0).lastArticle(), "a book spans its chapters");
        assertEquals("第一章 一般规定", entries.get(1).heading());
        assertEquals(2, entries.get(1).lastArticle());
        assertEquals("第一章 细则", entries.get(4).heading());
        assertEquals(3, StatuteOutline.chapterOf(statute, 3).firstArticle());
    }

    @Test
    void outlinesTheCivilCode() {
        assumeTrue(TestKiosk.statutesInstalled(), "official statutes not at hand (../shared/data/laws)");
        Statute code = TestKiosk.content().statute("civil-code").orElseThrow();
        List<StatuteOutline.Entry> entries = StatuteOutline.of(code);
        assertEquals(7, entries.stream().filter(StatuteOutline.Entry::isBook).count());
        assertEquals(84, entries.stream().filter(e -> !e.isBook()).count(), "84 chapters (SOURCES.md)");
        assertEquals(1126, StatuteOutline.chapterOf(code, 1127).firstArticle(), "第二章 法定继承 starts at 1126");
        assertFalse(entries.stream().anyMatch(e -> e.lastArticle() < e.firstArticle()));
    }
}
