package org.legalkiosk.kiosk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name's first character offered surname first, over Debian's Rime dictionary (installed by .ci/run). */
class SurnamesFirstTest {

    private static PinyinDictionary dictionary;
    private final AtomicBoolean first = new AtomicBoolean(true);

    @BeforeAll
    static void load() {
        dictionary = PinyinDictionary.loadInstalled()
                .orElseThrow(() -> new AssertionError("rime-data-pinyin-simp must be installed (see .ci/run)"));
    }

    private List<String> texts(PinyinConverter converter, String letters) {
        return converter.candidates(letters, 10).stream()
                .map(PinyinConverter.Candidate::text)
                .toList();
    }

    @Test
    void theFirstCharacterOfANameOffersTheCommonSurnameBeforeMoreFrequentWords() {
        SurnamesFirst names = new SurnamesFirst(dictionary, first::get);
        List<String> plain = texts(dictionary, "wang");
        assertTrue(plain.indexOf("网") < plain.indexOf("王"), "in general text 网 is written more often: " + plain);
        List<String> name = texts(names, "wang");
        assertEquals("王", name.get(0), name.toString());
        assertEquals(plain.size(), name.size(), "nothing the dictionary offers is lost, only reordered");
        assertTrue(name.containsAll(plain), name.toString());
        assertEquals("李", texts(names, "li").get(0));
        assertEquals("陈", texts(names, "chen").get(0));
    }

    @Test
    void surnamesSharingASyllableComeInTheOrderOfHowCommonTheyAre() {
        List<String> plain = texts(dictionary, "jiang");
        assertTrue(
                plain.indexOf("江") < plain.indexOf("姜") && plain.indexOf("姜") < plain.indexOf("蒋"), plain.toString());
        List<String> jiang = texts(new SurnamesFirst(dictionary, first::get), "jiang");
        assertEquals(List.of("蒋", "姜", "江"), jiang.subList(0, 3), "as common as surnames, not as words: " + jiang);
    }

    @Test
    void theSurnameTakesOnlyItsOwnLettersSoTheGivenNameFollows() {
        PinyinConverter.Candidate wang = new SurnamesFirst(dictionary, first::get)
                .candidates("wangdahai", 10)
                .get(0);
        assertEquals(new PinyinConverter.Candidate("王", 4), wang);
    }

    @Test
    void afterTheFirstCharacterTheDictionaryOrderStands() {
        SurnamesFirst names = new SurnamesFirst(dictionary, first::get);
        first.set(false);
        assertEquals(texts(dictionary, "wang"), texts(names, "wang"));
        assertEquals(texts(dictionary, "dahai"), texts(names, "dahai"));
    }

    @Test
    void everySurnameIsListedOnce() {
        String list = SurnamesFirst.COMMON_SURNAMES;
        assertEquals(100, list.length());
        assertEquals(100, list.chars().distinct().count());
    }

    @Test
    void withoutADictionaryThereAreNoCandidates() {
        SurnamesFirst none = new SurnamesFirst(PinyinConverter.NONE, first::get);
        assertEquals(List.of(), none.candidates("wang", 10));
        assertTrue(!none.available());
    }
}
