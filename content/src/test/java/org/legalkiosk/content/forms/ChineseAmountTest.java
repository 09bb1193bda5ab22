package org.legalkiosk.content.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in capitals, checked against the People's Bank's own examples and the cases clerks get wrong. */
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // The examples of 支付结算办法 附一 (the first of each pair the standard allows).
        "1680.32, 壹仟陆佰捌拾元零叁角贰分",
        "107000.53, 壹拾万柒仟元零伍角叁分",
        "1409.50, 壹仟肆佰零玖元伍角",
        "6007.14, 陆仟零柒元壹角肆分",
        "325.04, 叁佰贰拾伍元零肆分",
        // Whole yuan end in 整; 拾 always has its 壹; one 零 for a run of zeros.
        "10500, 壹万零伍佰元整",
        "10, 壹拾元整",
        "15, 壹拾伍元整",
        "110, 壹佰壹拾元整",
        "1001, 壹仟零壹元整",
        "1010, 壹仟零壹拾元整",
        "100000, 壹拾万元整",
        "100500, 壹拾万零伍佰元整",
        "1000000, 壹佰万元整",
        "1005000, 壹佰万伍仟元整",
        "30000, 叁万元整",
        "200000000, 贰亿元整",
        "100010000, 壹亿零壹万元整",
        "100005000, 壹亿零伍仟元整",
        "120000000, 壹亿贰仟万元整",
        "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        // Fractions only: no 零元 in front.
        "0.50, 伍角",
        "0.05, 伍分",
        "0.55, 伍角伍分",
        "0, 零元整",
        "0.00, 零元整",
        "8.00, 捌元整",
        "20.50, 贰拾元零伍角",
        "3.10, 叁元壹角",
    })
    void writesTheAmountInCapitals(String figure, String words) {
        assertEquals(words, ChineseAmount.of(new BigDecimal(figure)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0.001", "1000000000000", "12.345"})
    void refusesWhatCannotBeWrittenOnAForm(String figure) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(new BigDecimal(figure)));
        assertEquals(
                e.getMessage(),
                "cannot write " + figure + " in capitals: " + ChineseAmount.problem(new BigDecimal(figure)));
    }
}
