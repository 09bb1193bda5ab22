package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Pinyin spellings from ICU, and cutting typed letters into known pieces. */
class PinyinTest {

    private final Pinyin pinyin = Pinyin.shared();

    @Test
    void spellsAWordInFullSyllablesAndInitials() {
        Pinyin.Word word = pinyin.word("结婚");
        assertEquals("jiehun", word.full().get(0));
        assertEquals("jh", word.initials().get(0));
        assertEquals(List.of("jie", "hun"), word.syllables());
    }

    @Test
    void addsTheEverydayReadingOfPolyphonicCharacters() {
        assertTrue(pinyin.word("宅基地").full().contains("zhaijidi"));
        assertTrue(pinyin.word("调解").full().contains("tiaojie"));
    }

    @Test
    void writesUmlautUBothWaysInputMethodsDo() {
        assertTrue(pinyin.word("律师").full().containsAll(List.of("lushi", "lvshi")));
    }

    @Test
    void hasNoPinyinForNonChineseWords() {
        assertTrue(pinyin.word("12348").isEmpty());
        assertTrue(pinyin.word("abc").isEmpty());
    }

    @Test
    void segmenterPrefersFewLongKnownPiecesAndSkipsUnknownLetters() {
        Set<String> full = Set.of("laoban", "lao", "ban", "bu", "gei", "gongzi", "dengji");
        Set<String> initials = Set.of("jh", "lb");
        PinyinSegmenter segmenter = new PinyinSegmenter(full::contains, initials::contains);
        assertEquals(
                List.of("laoban", "bu", "gei", "gongzi"),
                segmenter.segment("laobanbugeigongzi").stream()
                        .map(PinyinSegmenter.Piece::text)
                        .toList());
        assertEquals(
                List.of("jh", "dengji"),
                segmenter.segment("jhdengji").stream()
                        .map(PinyinSegmenter.Piece::text)
                        .toList());
        assertEquals(
                List.of("dengji"),
                segmenter.segment("xqdengji").stream()
                        .map(PinyinSegmenter.Piece::text)
                        .toList());
    }

    @Test
    void queryTextSplitsChineseFromLatinAndDropsSyntax() {
        QueryText text = QueryText.of("  JH（登记）*  ");
        assertEquals("登记", text.chinese());
        assertEquals(List.of("jh"), text.latinWords());
        assertTrue(QueryText.of("\"*()~").isEmpty());
    }
}
