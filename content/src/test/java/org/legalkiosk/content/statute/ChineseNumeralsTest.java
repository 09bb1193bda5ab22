package org.legalkiosk.content.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "1,一",
        "10,十",
        "12,十二",
        "20,二十",
        "105,一百零五",
        "110,一百一十",
        "1001,一千零一",
        "1010,一千零一十",
        "1040,一千零四十",
        "1127,一千一百二十七",
        "1260,一千二百六十",
        "204,二百零四"
    })
    void formatsAndParsesTheWayStatutesNumberArticles(int number, String chinese) {
        assertEquals(chinese, ChineseNumerals.format(number));
        assertEquals(number, ChineseNumerals.parse(chinese));
    }

    @Test
    void everyNumberRoundTrips() {
        for (int n = 1; n <= 9999; n++) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), "number " + n);
        }
    }

    @Test
    void rejectsWhatIsNotANumeral() {
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(""));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("一二"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("第一"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("百"));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(0));
    }
}
