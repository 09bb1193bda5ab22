package org.legalkiosk.kiosk.service.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechNormaliserTest {

    private final ChineseSpeechNormaliser zh = new ChineseSpeechNormaliser();
    private final EnglishSpeechNormaliser en = new EnglishSpeechNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "第1127条|第一千一百二十七条",
                "第一千一百二十七条|第一千一百二十七条",
                "民法典第10条|民法典第十条",
                "第1040条|第一千零四十条",
                "2021年1月1日起施行|二零二一年一月一日起施行",
                "更新于2026-11-28|更新于二零二六年十一月二十八日",
                "拨打12348咨询|拨打幺二三四八咨询",
                "妇女维权热线12338，报警110|妇女维权热线幺二三三八，报警幺幺零",
                "请打13800138000|请打幺三八，零零幺三，八零零零",
                "电话0931-8123456|电话零九三幺，八幺二三四五六",
                "手机138****8000|手机幺三八，八零零零",
                "上午9:00到11:30|上午九点到上午十一点半",
                "14:30开门|下午两点半开门",
                "08:05|上午八点零五分",
                "8:30-11:30|上午八点半到上午十一点半",
                "12:00|中午十二点",
                "每人每月1200元|每人每月一千二百元",
                "¥1,500|一千五百元",
                "赔偿3.5万元|赔偿三点五万元",
                "利息不超过15%|利息不超过百分之十五",
                "3-5天|三到五天",
                "2个孩子|两个孩子",
                "20000元|两万元",
                "10500|一万零五百",
                "预约码4KD-7QX|预约码四 kai1 di4，七 kiu1 ai2 ke4 si1",
                "110元|一百一十元",
                "请打12348.|请打幺二三四八.",
                "演示设备 / 说明|演示设备，说明",
                "父母+子女|父母加子女",
            })
    void chineseIsSaidAsAPersonWouldSayIt(String shown, String said) {
        assertEquals(said, zh.normalise(shown));
    }

    @Test
    void chineseNormalisedTextHasNoDigitsLeft() {
        String said = zh.normalise("2026年12月1日 9:30，第1127条，预约码 4KD-7QX，电话 13912345678，共3人，12.5%");
        // Digits may remain only as the tone of a pinyin letter name (kai1).
        assertFalse(said.replaceAll("[a-z]+[1-5]", "").matches("(?s).*\\d.*"), "digits left in: " + said);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Your code is 4KD-7QX.|Your code is 4 K D, 7 Q X.",
                "Call 12348 for advice|Call 1 2 3 4 8 for advice",
                "Or call 12348.|Or call 1 2 3 4 8.",
                "Phone 13800138000|Phone 1 3 8 0 0 1 3 8 0 0 0",
                "Checked 2026-11-28|Checked 28 November 2026",
                "Scan the QR code|Scan the Q R code",
                "Article 1127 of the Civil Code|Article 1127 of the Civil Code",
            })
    void englishCodesAndPhonesAreSpelled(String shown, String said) {
        assertEquals(said, en.normalise(shown));
    }

    @Test
    void chineseNumbersAsQuantities() {
        assertEquals("零", ChineseNumberWords.quantity(0));
        assertEquals("十", ChineseNumberWords.quantity(10));
        assertEquals("十五", ChineseNumberWords.quantity(15));
        assertEquals("一百一十", ChineseNumberWords.quantity(110));
        assertEquals("一千零五", ChineseNumberWords.quantity(1005));
        assertEquals("十万", ChineseNumberWords.quantity(100_000));
        assertEquals("一亿零五十万", ChineseNumberWords.quantity(1_0050_0000L));
        assertEquals("两千零二十一", ChineseNumberWords.quantity(2021));
        assertTrue(ChineseNumberWords.digits("2021", false).equals("二零二一"));
    }
}
