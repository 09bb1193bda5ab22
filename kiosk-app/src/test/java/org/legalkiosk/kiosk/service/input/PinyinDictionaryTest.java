package org.legalkiosk.kiosk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinyin to hanzi over Debian's installed Rime dictionary (rime-data-pinyin-simp, installed by .ci/run). */
class PinyinDictionaryTest {

    private static PinyinDictionary dictionary;

    @BeforeAll
    static void load() {
        dictionary = PinyinDictionary.loadInstalled()
                .orElseThrow(() -> new AssertionError("rime-data-pinyin-simp must be installed (see .ci/run)"));
    }

    private static List<String> texts(String letters, int max) {
        return dictionary.candidates(letters, max).stream()
                .map(PinyinConverter.Candidate::text)
                .toList();
    }

    @Test
    void splitsTypedLettersIntoSyllablesLongestFirst() {
        assertEquals(List.of("xian", "zai"), dictionary.syllables("xianzai"));
        assertEquals(List.of("fa", "lv"), dictionary.syllables("falv"));
        assertEquals(List.of("zhang", "san"), dictionary.syllables("ZHANG SAN"));
    }

    @Test
    void wholeWordsComeFirstThenTheFirstSyllablesCharactersByFrequency() {
        assertEquals("法律", texts("falv", 5).get(0));
        assertEquals("离婚", texts("lihun", 5).get(0));
        List<String> wang = texts("wang", 10);
        assertTrue(wang.contains("王"), wang.toString());
        List<String> zhangsan = texts("zhangsan", 12);
        assertTrue(zhangsan.contains("张"), "the surname alone, to build a name character by character: " + zhangsan);
    }

    @Test
    void aCandidateSaysHowManyLettersItTakes() {
        PinyinConverter.Candidate word = dictionary.candidates("falv", 1).get(0);
        assertEquals(4, word.letters());
        PinyinConverter.Candidate zhang = dictionary.candidates("zhangsan", 40).stream()
                .filter(c -> c.text().equals("张"))
                .findFirst()
                .orElseThrow();
        assertEquals(5, zhang.letters());
    }

    @Test
    void aMissingDictionaryMeansNoCandidatesNotACrash(@TempDir Path dir) throws Exception {
        assertTrue(PinyinDictionary.load(dir.resolve("none.dict.yaml")).isEmpty());
        assertTrue(PinyinDictionary.load(Files.writeString(dir.resolve("empty.dict.yaml"), "---\n...\n"))
                .isEmpty());
    }
}
