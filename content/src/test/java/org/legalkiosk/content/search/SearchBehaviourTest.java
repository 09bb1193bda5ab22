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

/** Ranking, pinyin, snippets, statute articles and languages, on the bundled content. */
class SearchBehaviourTest {

    private static ContentSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = SearchFixture.open();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchHit first(String query, Language language) {
        List<SearchHit> hits = searcher.search(query, language, 10);
        assertFalse(hits.isEmpty(), "no hits for " + query);
        return hits.get(0);
    }

    @Test
    void pinyinInitialsFindTheWordTheyAbbreviate() {
        SearchHit hit = first("jh", Language.ZH);
        assertEquals("marriage-registration", hit.explainerId());
        assertTrue(hit.snippet().highlights().contains("结婚"), hit.snippet().toString());
    }

    @Test
    void fullPinyinWithOrWithoutSpacesFindsTheSameExplainer() {
        assertEquals(
                "marriage-registration", first("jiehun dengji", Language.ZH).explainerId());
        assertEquals(
                "marriage-registration", first("jie hun deng ji", Language.ZH).explainerId());
        assertEquals("marriage-registration", first("jiehundengji", Language.ZH).explainerId());
    }

    @Test
    void fullWidthLettersAndToneMarksAreReadAsPlainPinyin() {
        assertEquals("bride-price", first("ｃａｉｌｉ", Language.ZH).explainerId());
        assertEquals("bride-price", first("cǎilǐ", Language.ZH).explainerId());
    }

    @Test
    void pinyinOfPolyphonicCharactersMatchesTheEverydayReading() {
        assertEquals("homestead-rights", first("zhaijidi", Language.ZH).explainerId());
        List<String> mediation = searcher.search("tiaojie", Language.ZH, 5).stream()
                .map(SearchHit::explainerId)
                .toList();
        assertTrue(mediation.stream().anyMatch(id -> id != null && id.startsWith("mediation")), mediation.toString());
    }

    @Test
    void pinyinMixedWithCharactersIsSearchedInBoth() {
        assertEquals("marriage-registration", first("jh 登记", Language.ZH).explainerId());
    }

    @Test
    void snippetsMarkTheMatchedWordsAsSegmentsNotHtml() {
        SearchHit hit = first("彩礼 返还", Language.ZH);
        assertEquals("bride-price", hit.explainerId());
        Snippet snippet = hit.snippet();
        assertFalse(snippet.highlights().isEmpty(), snippet.toString());
        assertTrue(
                snippet.highlights().stream().allMatch(h -> h.equals("彩礼") || h.equals("返还")),
                snippet.highlights().toString());
        assertFalse(snippet.text().contains("<"), snippet.text());
        assertFalse(snippet.text().contains("\n"), "a snippet is one line: " + snippet.text());
        for (int i = 1; i < snippet.segments().size(); i++) {
            assertTrue(
                    snippet.segments().get(i).highlighted()
                            != snippet.segments().get(i - 1).highlighted(),
                    "neighbouring segments alternate: " + snippet);
        }
    }

    @Test
    void aPinyinMatchIsHighlightedInTheCharacters() {
        SearchHit hit = first("caili", Language.ZH);
        assertTrue(hit.snippet().highlights().contains("彩礼"), hit.snippet().toString());
    }

    @Test
    void aFoldedPinyinMatchIsHighlightedInTheCharactersFromTheIndexOffsets() {
        SearchHit hit = first("zaijidi", Language.ZH);
        assertEquals("homestead-rights", hit.explainerId());
        assertTrue(hit.snippet().highlights().contains("宅基地"), hit.snippet().toString());
    }

    @Test
    void anEnglishMatchIsHighlightedInTheEnglishText() {
        SearchHit hit = first("wages", Language.EN);
        assertEquals(Language.EN, hit.language());
        assertTrue(
                hit.snippet().highlights().stream()
                        .anyMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("wage")),
                hit.snippet().toString());
    }

    @Test
    void aSnippetIsShortEvenForALongExplainer() {
        SearchHit hit = first("12348", Language.ZH);
        assertTrue(hit.snippet().text().length() < 100, hit.snippet().text());
    }

    @Test
    void explainersOutrankStatuteArticlesForEverydayQuestions() {
        assumeTrue(SearchFixture.hasCivilCode(), TestContent.NO_STATUTES);
        for (String query : List.of("离婚孩子归谁", "遗产怎么分", "被狗咬了", "借条")) {
            assertEquals(SearchHit.Kind.EXPLAINER, first(query, Language.ZH).kind(), query);
        }
    }

    @Test
    void statuteArticlesAreFoundByTheirWords() {
        assumeTrue(SearchFixture.hasCivilCode(), TestContent.NO_STATUTES);
        List<SearchHit> articles = searcher.search("遗产 顺序", Language.ZH, 30).stream()
                .filter(h -> h.kind() == SearchHit.Kind.ARTICLE)
                .toList();
        assertTrue(
                articles.stream().anyMatch(h -> h.article().equals(new Citation.Article("civil-code", 1127))),
                articles.stream().map(SearchHit::title).toList().toString());
        SearchHit hit = articles.stream()
                .filter(h -> h.article().number() == 1127)
                .findFirst()
                .orElseThrow();
        assertEquals("民法典第一千一百二十七条", hit.title());
        assertTrue(hit.snippet().highlights().contains("顺序"), hit.snippet().toString());
    }

    @Test
    void articleTitlesFollowTheScreenLanguage() {
        assumeTrue(SearchFixture.hasCivilCode(), TestContent.NO_STATUTES);
        SearchHit hit = searcher.search("遗产 顺序", Language.EN, 30).stream()
                .filter(h -> h.kind() == SearchHit.Kind.ARTICLE && h.article().number() == 1127)
                .findFirst()
                .orElseThrow();
        assertEquals("Civil Code, Article 1127", hit.title());
    }

    @Test
    void englishScreenSearchesEnglishExplainersInEnglish() {
        SearchHit hit = first("unpaid wages", Language.EN);
        assertEquals("unpaid-wages", hit.explainerId());
        assertEquals(Language.EN, hit.language());
        String title = SearchFixture.library()
                .explainer("unpaid-wages", Language.EN)
                .orElseThrow()
                .title();
        assertEquals(title, hit.title());
    }

    @Test
    void englishScreenShowsChineseWhereThereIsNoTranslation() {
        SearchHit hit = first("彩礼", Language.EN);
        assertEquals("bride-price", hit.explainerId());
        assertEquals(Language.ZH, hit.language());
    }

    @Test
    void englishScreenShowsTheTranslationOfAnExplainerFoundInChinese() {
        SearchHit hit = first("抚养费", Language.EN);
        assertEquals("child-support", hit.explainerId());
        assertEquals(Language.EN, hit.language());
    }

    @Test
    void anEnglishWordOnTheEnglishScreenIsNotReadAsPinyin() {
        // "wages" cut as wa·ge with an s left over would find 娃 and 个 (the adoption explainer's "一个娃").
        assertEquals("unpaid-wages", first("wages", Language.EN).explainerId());
        assertFalse(
                searcher.search("wages", Language.EN, 10).stream().anyMatch(h -> "adoption".equals(h.explainerId())),
                "no explainer is found for a 娃 in it");
        assertTrue(
                searcher.search("gongzi", Language.EN, 3).stream()
                        .anyMatch(h -> "unpaid-wages".equals(h.explainerId())),
                "whole pinyin still counts there");
    }

    @Test
    void chineseScreenDoesNotSearchEnglishWords() {
        assertTrue(searcher.search("wages", Language.ZH, 10).stream().noneMatch(h -> h.language() == Language.EN));
    }

    @Test
    void eachExplainerAppearsOnceAndTheLimitHolds() {
        List<SearchHit> hits = searcher.search("离婚", Language.EN, 5);
        assertTrue(hits.size() <= 5);
        List<String> ids = hits.stream()
                .map(SearchHit::explainerId)
                .filter(id -> id != null)
                .toList();
        assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
    }

    @Test
    void hitsComeBestFirst() {
        List<SearchHit> hits = searcher.search("承包地", Language.ZH, 20);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }
}
