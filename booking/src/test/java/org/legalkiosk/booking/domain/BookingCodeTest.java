package org.legalkiosk.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BookingCodeTest {

    @Test
    void generatedCodesAreSixValidCharactersFromTheAlphabet() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String code = BookingCode.generate(random);
            assertEquals(6, code.length());
            assertTrue(BookingCode.isValid(code), code);
            code.chars().forEach(c -> assertTrue(BookingCode.ALPHABET.indexOf(c) >= 0, code));
        }
    }

    @Test
    void alphabetHasNoConfusableCharactersAndIsPrime() {
        for (char c : "0O1IBSZ".toCharArray()) {
            assertEquals(-1, BookingCode.ALPHABET.indexOf(c), "alphabet contains " + c);
        }
        assertEquals(29, BookingCode.ALPHABET.length());
        assertEquals(29, BookingCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        String code = BookingCode.generate(new Random(7));
        for (int i = 0; i < code.length(); i++) {
            for (char c : BookingCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertFalse(BookingCode.isValid(typo), typo);
                }
            }
        }
    }

    @Test
    void everySwapOfNeighboursIsCaught() {
        Random random = new Random(11);
        for (int n = 0; n < 1000; n++) {
            String code = BookingCode.generate(random);
            for (int i = 0; i < code.length() - 1; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    char[] swapped = code.toCharArray();
                    swapped[i] = code.charAt(i + 1);
                    swapped[i + 1] = code.charAt(i);
                    assertFalse(BookingCode.isValid(new String(swapped)), new String(swapped));
                }
            }
        }
    }

    @Test
    void badInputsAreInvalid() {
        assertFalse(BookingCode.isValid(null));
        assertFalse(BookingCode.isValid(""));
        assertFalse(BookingCode.isValid("23456"));
        assertFalse(BookingCode.isValid("2345678"));
        assertFalse(BookingCode.isValid("0O1I23"));
        assertFalse(BookingCode.isValid("中文字符号码"));
        assertThrows(IllegalArgumentException.class, () -> BookingCode.checkCharacter("2345O"));
    }

    @Test
    void parseAcceptsLowerCaseAndSeparatorsAsPeopleTypeThem() {
        String code = BookingCode.generate(new Random(3));
        String spoken = BookingCode.format(code);
        assertEquals(7, spoken.length());
        assertEquals('-', spoken.charAt(3));
        assertEquals(code, BookingCode.parse(spoken.toLowerCase()).orElseThrow());
        assertEquals(
                code,
                BookingCode.parse(" " + code.substring(0, 3) + " " + code.substring(3) + " ")
                        .orElseThrow());
        assertTrue(BookingCode.parse("ABC-DEF-G").isEmpty());
        assertTrue(BookingCode.parse(null).isEmpty());
    }

    @Test
    void codesRarelyRepeat() {
        Random random = new Random(99);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(BookingCode.generate(random));
        }
        assertTrue(seen.size() > 990);
    }
}
