package org.legalkiosk.devices.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalkiosk.devices.idcard.emulator.IdCardTextEncoder;

class IdCardTextParserTest {

    /** A resident block written by hand at the offsets of hardware.md, independent of the shared layout table. */
    private static byte[] handWrittenResidentBlock(String validTo) {
        byte[] block = new byte[256];
        for (int i = 0; i < 256; i += 2) {
            block[i] = ' ';
        }
        put(block, 0, "测试甲");
        put(block, 30, "2");
        put(block, 32, "26");
        put(block, 36, "19491231");
        put(block, 52, "北京市西城区示例路1号");
        put(block, 122, "11010519491231002X");
        put(block, 158, "北京市公安局西城分局");
        put(block, 188, "20150301");
        put(block, 204, validTo);
        return block;
    }

    private static void put(byte[] block, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }

    @Test
    void parsesEveryFieldOfAResidentCard() {
        IdCard card = IdCardTextParser.parse(handWrittenResidentBlock("20350301"), new byte[] {1, 2, 3});
        assertEquals(CardType.RESIDENT, card.type());
        assertEquals("测试甲", card.name());
        assertEquals(Sex.FEMALE, card.sex());
        assertEquals("东乡", card.ethnicity());
        assertEquals(LocalDate.of(1949, 12, 31), card.birthDate());
        assertEquals("北京市西城区示例路1号", card.address());
        assertEquals("11010519491231002X", card.idNumber());
        assertEquals("北京市公安局西城分局", card.issuingAuthority());
        assertEquals(LocalDate.of(2015, 3, 1), card.validFrom());
        assertEquals(LocalDate.of(2035, 3, 1), card.validTo());
        assertEquals(3, card.photo().length);
    }

    @Test
    void readsChangQiAsValidWithoutEnd() {
        IdCard card = IdCardTextParser.parse(handWrittenResidentBlock("长期"), null);
        assertNull(card.validTo());
        assertTrue(card.isOpenEnded());
        assertTrue(card.isValidOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void refusesANumberWhoseCheckCharacterIsWrong() {
        byte[] block = handWrittenResidentBlock("20350301");
        put(block, 122, "110105194912310021");
        IdCardFormatException e = assertThrows(IdCardFormatException.class, () -> IdCardTextParser.parse(block, null));
        assertFalse(e.getMessage().contains("1101051949"), "the message must not repeat the number");
    }

    @Test
    void refusesAnImpossibleDateAndAnUnknownNation() {
        byte[] badDate = handWrittenResidentBlock("20350230");
        assertThrows(IdCardFormatException.class, () -> IdCardTextParser.parse(badDate, null));
        byte[] badNation = handWrittenResidentBlock("20350301");
        put(badNation, 32, "77");
        assertThrows(IdCardFormatException.class, () -> IdCardTextParser.parse(badNation, null));
    }

    @Test
    void refusesABlockOfTheWrongSize() {
        assertThrows(IdCardFormatException.class, () -> IdCardTextParser.parse(new byte[255], null));
    }

    static Stream<IdCard> everyKindOfCard() {
        return Stream.of(
                SampleCards.resident(),
                SampleCards.openEnded(),
                SampleCards.hongKongPermit(),
                SampleCards.newForeigner(),
                SampleCards.foreigner());
    }

    @ParameterizedTest
    @MethodSource("everyKindOfCard")
    void readsBackEveryKindOfCardTheEmulatorWrites(IdCard card) {
        assertEquals(card, IdCardTextParser.parse(IdCardTextEncoder.encode(card), card.photo()));
    }

    @Test
    void aCardPrintsWithoutItsNumberAddressOrPhoto() {
        IdCard card = SampleCards.resident();
        String printed = card.toString();
        assertTrue(printed.contains("110105********002X"), printed);
        assertFalse(printed.contains(card.idNumber()));
        assertFalse(printed.contains("示例路"));
        assertFalse(printed.contains(card.name()));
        assertFalse(printed.contains("[B@"));
    }
}
