package org.legalkiosk.devices.smartcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;

class ApdusAndStatusWordsTest {

    @Test
    void selectsTheSocialSecurityDfByItsGbkNameAsTheCardSpecWritesIt() {
        byte[] apdu = Apdus.select(Aid.SOCIAL_SECURITY);
        assertArrayEquals(Hex.parse("00 A4 04 00 0F 73 78 31 2E 73 68 2E C9 E7 BB E1 B1 A3 D5 CF 00"), apdu);
        assertEquals(Aid.SOCIAL_SECURITY, Apdus.selectedName(apdu));
    }

    @Test
    void anAidHasOneToSixteenBytes() {
        assertThrows(IllegalArgumentException.class, () -> Aid.of(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Aid.ofHex("00".repeat(17)));
        assertThrows(IllegalArgumentException.class, () -> Aid.ofHex("A0 00 ZZ"));
        assertEquals("A000000333010101", Aid.ofHex("a0 00 00 03 33 01 01 01").hex());
    }

    @Test
    void otherCommandsAreNotTakenForASelectByName() {
        assertNull(Apdus.selectedName(Hex.parse("00 A4 02 00 02 EF 05")));
        assertNull(Apdus.selectedName(Hex.parse("00 B2 01 04 00")));
        assertNull(Apdus.selectedName(Hex.parse("00 A4 04 00 08 A0 00")));
    }

    @Test
    void malformedCommandsAreRefusedBeforeTheyReachTheCard() {
        assertThrows(IllegalArgumentException.class, () -> Apdus.requireWellFormed(Hex.parse("00 A4 04")));
        assertThrows(IllegalArgumentException.class, () -> Apdus.requireWellFormed(Hex.parse("00 A4 04 00 05 A0 00")));
        Apdus.requireWellFormed(Hex.parse("00 B2 01 04 00"));
        Apdus.requireWellFormed(Hex.parse("00 A4 02 00 02 EF 05"));
        Apdus.requireWellFormed(Hex.parse("00 A4 02 00 02 EF 05 00"));
    }

    @Test
    void aResponseSplitsIntoDataAndStatusWord() {
        ResponseApdu answer = ResponseApdu.parse(Hex.parse("6F 02 84 00 90 00"));
        assertTrue(answer.isOk());
        assertArrayEquals(Hex.parse("6F 02 84 00"), answer.data());
        assertArrayEquals(Hex.parse("6F 02 84 00 90 00"), answer.bytes());
        assertEquals(0x6A82, ResponseApdu.parse(Hex.parse("6A 82")).sw());
        assertThrows(IllegalArgumentException.class, () -> ResponseApdu.parse(new byte[] {(byte) 0x90}));
    }

    @Test
    void statusWordsBecomeReasonsAPersonCanActOn() {
        assertEquals(Reason.NOT_FOUND, StatusWords.reason(0x6A82));
        assertEquals(Reason.NOT_FOUND, StatusWords.reason(0x6A83));
        assertEquals(Reason.ACCESS_DENIED, StatusWords.reason(0x6982));
        assertEquals(Reason.ACCESS_DENIED, StatusWords.reason(0x63C2));
        assertEquals("wrong PIN, 2 tries left", StatusWords.meaning(0x63C2));
        assertEquals(Reason.REJECTED, StatusWords.reason(0x6D00));
        assertEquals(Reason.REJECTED, StatusWords.reason(0x6700));
        assertEquals(Reason.CARD_ERROR, StatusWords.reason(0x6581));
        assertEquals(Reason.CARD_ERROR, StatusWords.reason(0x1234));
        assertEquals("undefined status", StatusWords.meaning(0x1234));
    }

    @Test
    void checkingAFailedAnswerNamesTheCommandAndStatusButNoData() {
        SmartCardException e = assertThrows(
                SmartCardException.class,
                () -> StatusWords.check("SELECT A000", new ResponseApdu(Hex.parse("31 32 33"), 0x6982)));
        assertEquals(Reason.ACCESS_DENIED, e.reason());
        assertEquals(0x6982, e.statusWord().getAsInt());
        assertEquals(
                "SELECT A000: card answered 6982 (security status not satisfied: PIN or PSAM authentication "
                        + "needed)",
                e.getMessage());
    }
}
