package org.legalkiosk.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.source.ContentLoader;

/** The sample content shipped with the kiosk is complete and valid. */
class BundledContentTest {

    private final ContentLibrary library = load();

    private static ContentLibrary load() {
        try {
            return new ContentLoader().loadStrict(TestContent.bundledRoot());
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void shipsAtLeastFortyChineseAndTenEnglishExplainers() {
        assertTrue(library.count(Language.ZH) >= 40, "Chinese explainers: " + library.count(Language.ZH));
        assertTrue(library.count(Language.EN) >= 10, "English explainers: " + library.count(Language.EN));
    }

    @Test
    void everyCategoryHasExplainers() {
        for (Category category : library.categories()) {
            assertFalse(library.explainersIn(category.id(), Language.ZH).isEmpty(), category.id() + " is empty");
        }
    }

    @Test
    void everyExplainerSaysWhereToGetHelp() {
        library.allExplainers().stream()
                .filter(e -> e.language() == Language.ZH)
                .forEach(e ->
                        assertTrue(e.body().contains("12348"), e.source() + " does not mention the 12348 hotline"));
    }
}
