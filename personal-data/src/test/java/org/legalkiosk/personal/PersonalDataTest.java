package org.legalkiosk.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aNameKeepsOnlyItsFirstCharacter() {
        assertEquals("王**", PersonalData.maskName("王小明"));
        assertEquals("*", PersonalData.maskName("王"));
        assertEquals("", PersonalData.maskName("  "));
        assertEquals("", PersonalData.maskName(null));
    }

    @Test
    void aNameOutsideTheBasicPlaneIsMaskedByCharacterNotByHalf() {
        String rareSurname = new String(Character.toChars(0x20BB7)) + "明";
        assertEquals(new String(Character.toChars(0x20BB7)) + "*", PersonalData.maskName(rareSurname));
    }

    @Test
    void idNumbersAndPhonesAreCheckedAndMaskedAsTheirOwnRulesSay() {
        String id = IdNumbers.withCheckCharacter("62010219900101123");
        assertTrue(PersonalData.isValidIdNumber(id));
        assertFalse(PersonalData.isValidIdNumber(id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')));
        assertEquals(IdNumbers.mask(id), PersonalData.maskIdNumber(id));
        assertTrue(PersonalData.isValidMobile("13812345678"));
        assertFalse(PersonalData.isValidMobile("138 1234 5678"));
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
    }
}
