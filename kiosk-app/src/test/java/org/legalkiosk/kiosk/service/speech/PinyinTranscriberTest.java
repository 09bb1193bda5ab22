package org.legalkiosk.kiosk.service.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinyinTranscriberTest {

    private final PinyinTranscriber pinyin = new PinyinTranscriber();

    @Test
    void charactersBecomeTonedSyllablesAndPunctuationStays() {
        assertEquals(
                "nin2 hen3 ke3 neng2 ke3 yi3 shen1 qing3 fa3 lv4 yuan2 zhu4 。", pinyin.transcribe("您很可能可以申请法律援助。"));
    }

    @Test
    void wordsChooseTheReadingOfCharactersWithSeveral() {
        // espeak-ng's own table reads these yin2 xing2, hai2 qian2, le5 jie3, chang2 da4.
        assertEquals("yin2 hang2", pinyin.transcribe("银行"));
        assertEquals("huan2 qian2", pinyin.transcribe("还钱"));
        assertEquals("liao3 jie3", pinyin.transcribe("了解"));
        assertEquals("zhang3 da4", pinyin.transcribe("长大"));
        assertEquals("chong2 xin1", pinyin.transcribe("重新"));
    }

    @Test
    void latinTextPassesThrough() {
        assertEquals("kai1 qi1 ，", pinyin.transcribe("kai1 qi1 ，"));
    }
}
