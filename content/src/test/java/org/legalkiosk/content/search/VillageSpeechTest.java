package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;

/**
 * The ways a villager's question misses the words of the law, each bridged: the content's synonyms, homophone
 * typos, regional pronunciation in pinyin, question words, and words only the statutes use.
 */
class VillageSpeechTest {

    private static ContentSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = SearchFixture.open();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> top(String query, int n) {
        return searcher.search(query, Language.ZH, n).stream()
                .map(h -> h.kind() == SearchHit.Kind.EXPLAINER
                        ? h.explainerId()
                        : h.article().lawId() + ":" + h.article().number())
                .toList();
    }

    @Test
    void aVillageWordFromTheSynonymFileFindsWhatTheLegalWordFinds() {
        assertTrue(top("打白条", 3).contains("private-loan-iou"), top("打白条", 3).toString());
        assertTrue(top("庄基地", 3).contains("homestead-rights"), top("庄基地", 3).toString());
    }

    @Test
    void theBridgeWorksForVillageWordsTypedInPinyinToo() {
        assertTrue(
                top("zhuangjidi", 3).contains("homestead-rights"),
                top("zhuangjidi", 3).toString());
    }

    @Test
    void aHomophoneTypoInCharactersIsFoundThroughItsSound() {
        assertTrue(top("善养费", 3).contains("elderly-support"), top("善养费", 3).toString());
    }

    @Test
    void regionalPronunciationInPinyinIsForgiven() {
        assertTrue(
                top("zaijidi", 3).contains("homestead-rights"),
                top("zaijidi", 3).toString());
        assertTrue(
                top("san yang fei", 3).contains("elderly-support"),
                top("san yang fei", 3).toString());
    }

    @Test
    void questionWordsAloneStillFindSomethingButDoNotSteerARealQuestion() {
        assertFalse(top("咋办", 3).isEmpty(), "a question of nothing but question words still finds something");
        assertEquals(top("彩礼", 1), top("彩礼能不能要回来咋办", 1));
    }

    @Test
    void aWordOnlyTheStatutesUseBringsTheArticleIntoTheTopThree() {
        assumeTrue(SearchFixture.hasCivilCode(), TestContent.NO_STATUTES);
        List<SearchHit> hits = searcher.search("倒插门", Language.ZH, 3);
        assertTrue(
                hits.stream().anyMatch(h -> new Citation.Article("civil-code", 1050).equals(h.article())),
                top("倒插门", 3).toString());
    }
}
