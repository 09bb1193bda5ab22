package org.legalkiosk.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What USB scanners and officers type into the desk's check-in field, read back as the slip's code or refused. */
class SlipCodeReaderTest {

    private static final String CODE = BookingCode.generate(new Random(3));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%F", // the slip's own payload, 4KD-7QX
                "%B", // the done screen's, 4KD7QX
                "]Q1%F\r\n", // an AIM prefix, then carriage return and line feed
                "\t%F\n",
                "%l", // Caps Lock on, or a Chinese input method committing the raw letters
                "  %f  ",
                "%W", // full-width, through a Chinese input method
                "%D", // an en dash instead of the hyphen
            })
    void whatAScannerOrAPersonTypesReadsBackAsTheCode(String template) {
        String formatted = SlipCodeReader.qrPayload(CODE);
        String typed = template.replace("%F", formatted)
                .replace("%B", CODE)
                .replace("%l", CODE.toLowerCase(java.util.Locale.ROOT))
                .replace("%f", formatted.toLowerCase(java.util.Locale.ROOT))
                .replace("%W", fullWidth(formatted))
                .replace("%D", formatted.replace('-', '\u2013'));
        SlipCodeReader.Reading reading = SlipCodeReader.read(typed);
        assertEquals(CODE, reading.code(), typed);
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'\r\n', EMPTY",
        "https://qr.alipay.com/fkx12345abcde, NOT_A_SLIP",
        "wxp://f2f0abcdEFG, NOT_A_SLIP",
        "预约码, NOT_A_SLIP",
        "4KD7Q, WRONG_LENGTH",
        "6901234567892, WRONG_LENGTH", // a product's bar code
    })
    void garbageIsSaidForWhatItIs(String typed, SlipCodeReader.Problem problem) {
        assertEquals(problem, SlipCodeReader.read(typed).problem());
    }

    @org.junit.jupiter.api.Test
    void aWrongCheckCharacterAndAnEndlessPayloadAreRefused() {
        char last = CODE.charAt(5);
        char other = BookingCode.ALPHABET.charAt((BookingCode.ALPHABET.indexOf(last) + 1) % 29);
        assertEquals(
                SlipCodeReader.Problem.CHECK_FAILED,
                SlipCodeReader.read(CODE.substring(0, 5) + other).problem());
        assertEquals(
                SlipCodeReader.Problem.TOO_LONG,
                SlipCodeReader.read("A".repeat(SlipCodeReader.MAX_INPUT + 1)).problem());
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c == '-' ? '\uFF0D' : (char) (c - 0x21 + 0xFF01));
        }
        return sb.toString();
    }
}
