package org.legalkiosk.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextMaskingTest {

    @Test
    void idNumbersAndPhonesInTextAreMaskedAsOnASlip() {
        assertEquals(
                "身份证 110105********002X 电话 138****8000", TextMasking.mask("身份证 11010519491231002X 电话 13800138000"));
    }

    @Test
    void aMistypedIdNumberIsStillMasked() {
        assertEquals("编号 110105********0021", TextMasking.mask("编号 110105194912310021"));
    }

    @Test
    void otherNumbersAndLongerRunsOfDigitsAreLeftAlone() {
        assertEquals("订单 12345", TextMasking.mask("订单 12345"));
        assertEquals("1234567890123456789", TextMasking.mask("1234567890123456789"));
        assertEquals("12800138000", TextMasking.mask("12800138000"));
        assertNull(TextMasking.mask(null));
    }

    @Test
    void severalNumbersInOneTextAreAllMasked() {
        assertEquals("139****5678 与 150****4321", TextMasking.mask("13912345678 与 15087654321"));
    }
}
