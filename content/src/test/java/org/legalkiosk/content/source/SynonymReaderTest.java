package org.legalkiosk.content.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.SearchSynonyms;

class SynonymReaderTest {

    @Test
    void readsBridgesWithWordsSeparatedBySpacesOrEnumerationCommas() {
        Problems problems = new Problems();
        SearchSynonyms s = SynonymReader.read("# comment\n\n倒插门 上门女婿 = 入赘\n打白条、白条=欠条，借条\n", problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals(2, s.bridges().size());
        assertEquals(List.of("倒插门", "上门女婿"), s.bridges().get(0).village());
        assertEquals(List.of("欠条", "借条"), s.bridges().get(1).legal());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndTheGoodLinesAreKept() {
        Problems problems = new Problems();
        SearchSynonyms s = SynonymReader.read(
                String.join(
                        "\n",
                        "二婚 = 再婚", // 1: fine
                        "老赖 失信被执行人", // 2: no '='
                        "laolai = 老赖", // 3: not Chinese
                        "二婚 = 结婚", // 4: bridged twice
                        "过继 = 过继 收养", // 5: both sides
                        " = 收养", // 6: empty side
                        "一二三四五六七八九十一二三四五六七 = 数字", // 7: too long
                        "a = b = c"), // 8: two '='
                problems);
        assertEquals(1, s.bridges().size());
        List<Integer> lines = problems.list().stream().map(ContentProblem::line).toList();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), lines, problems.list().toString());
        assertTrue(problems.list().stream().allMatch(p -> p.file().equals("synonyms.txt")));
        assertTrue(
                problems.list().get(2).message().contains("line 1"),
                problems.list().get(2).message());
    }

    @Test
    void theBundledContentHasAValidBridgeThatTheLoaderReads() throws Exception {
        SearchSynonyms s =
                new ContentLoader().loadStrict(TestContent.bundledRoot()).synonyms();
        assertTrue(s.bridges().stream()
                .anyMatch(b -> b.village().contains("倒插门") && b.legal().contains("入赘")));
    }
}
