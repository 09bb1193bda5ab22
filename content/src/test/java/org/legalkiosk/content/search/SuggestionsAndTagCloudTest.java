package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;

/** Completion as the villager types, and the tag cloud for those who would rather tap. */
class SuggestionsAndTagCloudTest {

    private static ContentSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = SearchFixture.open();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void suggestsTagsAndTitlesStartingWithTheTypedCharacters() {
        List<String> suggestions = searcher.suggest("结", Language.ZH, 10);
        assertEquals("结婚", suggestions.get(0), suggestions.toString());
        assertTrue(suggestions.contains("结婚证"), suggestions.toString());
    }

    @Test
    void suggestsFromTheMiddleOfATitle() {
        assertTrue(searcher.suggest("冷静期", Language.ZH, 10).contains("冷静期"));
        assertTrue(searcher.suggest("拖欠工资", Language.ZH, 10).contains("老板、包工头拖欠工资怎么办？"));
    }

    @Test
    void suggestsFromPinyinAndFromInitials() {
        assertTrue(searcher.suggest("jieh", Language.ZH, 10).contains("结婚"));
        assertTrue(searcher.suggest("jie hun", Language.ZH, 10).contains("结婚"));
        assertTrue(searcher.suggest("jhz", Language.ZH, 10).contains("结婚证"));
        assertTrue(searcher.suggest("zhaiji", Language.ZH, 10).contains("宅基地"));
    }

    @Test
    void suggestsEnglishOnAnEnglishScreen() {
        List<String> suggestions = searcher.suggest("wag", Language.EN, 10);
        assertFalse(suggestions.isEmpty());
        assertTrue(suggestions.stream().allMatch(s -> s.toLowerCase().contains("wag")), suggestions.toString());
    }

    @Test
    void suggestionsAreDistinctAndLimited() {
        List<String> suggestions = searcher.suggest("l", Language.ZH, 7);
        assertTrue(suggestions.size() <= 7);
        assertEquals(suggestions.stream().distinct().count(), suggestions.size());
    }

    @Test
    void tagCloudListsTheMostUsedTagsFirst() {
        List<TagWeight> cloud = searcher.tagCloud(Language.ZH, 20);
        assertEquals(20, cloud.size());
        for (int i = 1; i < cloud.size(); i++) {
            assertTrue(cloud.get(i - 1).weight() >= cloud.get(i).weight(), cloud.toString());
        }
        long carryingTop = SearchFixture.library().allExplainers().stream()
                .filter(e -> e.language() == Language.ZH)
                .filter(e -> e.tags().contains(cloud.get(0).tag()))
                .count();
        assertEquals(carryingTop, cloud.get(0).weight());
        assertTrue(cloud.get(0).weight() > 1);
    }

    @Test
    void everyTagOfTheCloudLeadsToAnExplainerCarryingIt() {
        for (TagWeight tag : searcher.tagCloud(Language.ZH, 20)) {
            List<String> found = searcher.search(tag.tag(), Language.ZH, 5).stream()
                    .map(SearchHit::explainerId)
                    .toList();
            boolean carried = found.stream()
                    .anyMatch(id -> id != null
                            && SearchFixture.library()
                                    .explainer(id, Language.ZH)
                                    .map(Explainer::tags)
                                    .orElse(List.of())
                                    .contains(tag.tag()));
            assertTrue(carried, tag + " found " + found);
        }
    }

    @Test
    void englishTagCloudUsesTranslationsAndFallsBackToChinese() {
        List<TagWeight> cloud = searcher.tagCloud(Language.EN, 500);
        assertTrue(cloud.stream().anyMatch(t -> !Pinyin.containsHan(t.tag())), cloud.toString());
        assertTrue(cloud.stream().anyMatch(t -> Pinyin.containsHan(t.tag())), cloud.toString());
    }

    @Test
    void aLimitOfNothingGivesNothing() {
        assertTrue(searcher.tagCloud(Language.ZH, 0).isEmpty());
        assertTrue(searcher.suggest("结", Language.ZH, 0).isEmpty());
        assertTrue(searcher.search("结婚", Language.ZH, 0).isEmpty());
    }
}
