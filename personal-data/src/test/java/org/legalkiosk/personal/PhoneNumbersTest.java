package org.legalkiosk.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "15900000000", "19912345678", "16612345678"})
    void mainlandMobilesAreValid(String number) {
        assertTrue(PhoneNumbers.isValidMobile(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "12812345678",
                "10812345678",
                "1381234567",
                "138123456789",
                "1381234567a",
                "138 1234 5678",
                "+8613812345678",
                "09312345678",
                "２３８１２３４５６７８",
                "１３８１２３４５６７８"
            })
    void badMobilesAreRejected(String number) {
        assertFalse(PhoneNumbers.isValidMobile(number));
    }

    @Test
    void normalizingStripsSeparatorsAndCountryCode() {
        assertEquals("13812345678", PhoneNumbers.normalize("138 1234-5678"));
        assertEquals("13812345678", PhoneNumbers.normalize("+86 138 1234 5678"));
        assertEquals("13812345678", PhoneNumbers.normalize("0086-13812345678"));
        assertEquals("", PhoneNumbers.normalize(null));
    }

    @Test
    void maskingKeepsFirstThreeAndLastFour() {
        assertEquals("138****5678", PhoneNumbers.mask("13812345678"));
        assertEquals("", PhoneNumbers.mask(null));
        assertEquals("*******", PhoneNumbers.mask("1381234"));
    }
}
