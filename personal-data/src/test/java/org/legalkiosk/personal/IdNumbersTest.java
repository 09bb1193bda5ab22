package org.legalkiosk.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void computesTheCheckCharacterOfTheStandardsExamples() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertEquals('4', IdNumbers.checkCharacter("44052418800101001"));
    }

    @Test
    void acceptsValidNumbersAndRejectsAWrongCheckCharacter() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(IdNumbers.isValid("11010519491231002x"));
        assertTrue(IdNumbers.isValid("440524188001010014"));
        assertFalse(IdNumbers.isValid("110105194912310021"));
        assertFalse(IdNumbers.isValid("11010519491231002"));
        assertFalse(IdNumbers.isValid("1101051949123100AX"));
        assertFalse(IdNumbers.isValid(null));
    }

    @Test
    void rejectsAnUnknownProvinceEvenWithAMatchingCheckCharacter() {
        assertFalse(IdNumbers.isValid(IdNumbers.withCheckCharacter("00010519491231002")));
    }

    @Test
    void masksTheMiddleOfANumber() {
        assertEquals("620102********1234", IdNumbers.mask("620102199001011234"));
        assertEquals("CAN110*****0100", IdNumbers.mask("CAN110070100100"));
        assertEquals("*****", IdNumbers.mask("12345"));
        assertEquals("", IdNumbers.mask(null));
    }

    @Test
    void refusesToComputeACheckCharacterForSomethingOtherThan17Digits() {
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkCharacter("1234"));
    }
}
