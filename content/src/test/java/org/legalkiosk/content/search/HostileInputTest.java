package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalkiosk.content.model.Language;

/** Whatever lands in the search box, the kiosk answers with a list and never with an exception. */
class HostileInputTest {

    private static ContentSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = SearchFixture.open();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(((",
                "\"",
                "*",
                "?",
                "\\",
                "结婚 AND (",
                "title:结婚",
                "~2^3",
                "[a TO z]",
                "/.*/",
                "!!!",
                "-",
                "&&||",
                "😀😀😀",
                "结婚😀登记",
                "\u0000\u0007",
                "\uD800",
                "ｊｈ（（",
                "a",
                "zzzzzzzzzz",
                "🇨🇳",
                "مرحبا",
                "Привет",
                "\u202E结婚"
            })
    void oddInputNeverThrows(String input) {
        for (Language language : Language.values()) {
            assertDoesNotThrow(() -> searcher.search(input, language, 10), input);
            assertDoesNotThrow(() -> searcher.suggest(input, language, 10), input);
        }
    }

    @Test
    void syntaxCharactersAroundAWordStillFindIt() {
        assertEquals(
                "marriage-registration",
                searcher.search("(结婚*) \"登记\"", Language.ZH, 5).get(0).explainerId());
    }

    @Test
    void tenKilobytesOfTextAreCutShortAndAnswered() {
        String huge = "老板不给工资怎么办".repeat(1200);
        assertTrue(huge.length() > 10_000);
        assertEquals(
                "unpaid-wages", searcher.search(huge, Language.ZH, 5).get(0).explainerId());
        assertDoesNotThrow(() -> searcher.suggest(huge, Language.ZH, 5));
        String noise = "(*\"~".repeat(3000);
        assertTrue(searcher.search(noise, Language.ZH, 5).isEmpty());
    }

    @Test
    void emptyBlankAndNullQueriesFindNothing() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "　"}) {
            assertTrue(searcher.search(blank, Language.ZH, 10).isEmpty());
            assertTrue(searcher.suggest(blank, Language.ZH, 10).isEmpty());
        }
    }

    @Test
    void onlyPunctuationAndEmojiFindNothing() {
        assertTrue(searcher.search("？！。，😀", Language.ZH, 10).isEmpty());
    }

    @Test
    void queriesAreCutToSixtyFourCharacters() {
        assertEquals(QueryText.MAX_LENGTH, QueryText.of("好".repeat(500)).text().length());
    }
}
