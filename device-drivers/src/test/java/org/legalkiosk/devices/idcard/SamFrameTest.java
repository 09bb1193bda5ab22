package org.legalkiosk.devices.idcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class SamFrameTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void encodesEveryCommandExactlyAsTheProtocolDocumentShowsIt() {
        assertEquals("AA AA AA 96 69 00 03 10 FF EC", HEX.formatHex(SamCommand.RESET_SAM.toFrame()));
        assertEquals("AA AA AA 96 69 00 03 11 FF ED", HEX.formatHex(SamCommand.SAM_STATUS.toFrame()));
        assertEquals("AA AA AA 96 69 00 03 12 FF EE", HEX.formatHex(SamCommand.SAM_ID.toFrame()));
        assertEquals("AA AA AA 96 69 00 03 20 01 22", HEX.formatHex(SamCommand.FIND_CARD.toFrame()));
        assertEquals("AA AA AA 96 69 00 03 20 02 21", HEX.formatHex(SamCommand.SELECT_CARD.toFrame()));
        assertEquals("AA AA AA 96 69 00 03 30 01 32", HEX.formatHex(SamCommand.READ_TEXT_AND_PHOTO.toFrame()));
    }

    @Test
    void encodesTheFindCardAnswerOfARealReader() {
        assertEquals(
                "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97",
                HEX.formatHex(SamResponse.of(SamStatus.FIND_OK, new byte[4]).toFrame()));
    }

    @Test
    void decodesAnAnswerIntoItsStatusAndData() throws IOException {
        SamResponse answer =
                SamResponse.fromBody(SamFrame.decode(HEX.parseHex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97")));
        assertEquals(SamStatus.FIND_OK, answer.status().orElseThrow());
        assertArrayEquals(new byte[4], answer.data());
    }

    @Test
    void rejectsAWrongChecksumAndAWrongLength() {
        SamProtocolException checksum = assertThrows(
                SamProtocolException.class, () -> SamFrame.decode(HEX.parseHex("AA AA AA 96 69 00 03 20 01 23")));
        assertEquals(SamProtocolException.Kind.BAD_CHECKSUM, checksum.kind());
        SamProtocolException length = assertThrows(
                SamProtocolException.class, () -> SamFrame.decode(HEX.parseHex("AA AA AA 96 69 00 04 20 01 22")));
        assertEquals(SamProtocolException.Kind.BAD_LENGTH, length.kind());
    }

    @Test
    void readerSkipsNoiseBeforeThePreambleIncludingPartialPreambles() throws IOException {
        byte[] stream = HEX.parseHex("13 AA AA 00 AA AA AA AA 96 AA AA AA AA 96 69 00 03 20 01 22");
        SamFrameReader reader = new SamFrameReader(input(stream));
        assertArrayEquals(new byte[] {0x20, 0x01}, reader.readBody(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @Test
    void readerGivesUpOnATruncatedFrameAtTheDeadline() {
        SamFrameReader reader = new SamFrameReader(input(HEX.parseHex("AA AA AA 96 69 00 08 00 00")));
        SamProtocolException e = assertThrows(
                SamProtocolException.class, () -> reader.readBody(Duration.ofMillis(50), Duration.ofMillis(50)));
        assertEquals(SamProtocolException.Kind.NO_ANSWER, e.kind());
    }

    @Test
    void readerRejectsAnImpossibleLength() {
        SamFrameReader reader = new SamFrameReader(input(HEX.parseHex("AA AA AA 96 69 FF FF 00")));
        SamProtocolException e = assertThrows(
                SamProtocolException.class, () -> reader.readBody(Duration.ofMillis(50), Duration.ofMillis(50)));
        assertEquals(SamProtocolException.Kind.BAD_LENGTH, e.kind());
    }

    @Test
    void readerReportsAClosedStream() {
        SamFrameReader reader = new SamFrameReader((buffer, offset, length) -> -1);
        SamProtocolException e = assertThrows(
                SamProtocolException.class, () -> reader.readBody(Duration.ofMillis(50), Duration.ofMillis(50)));
        assertEquals(SamProtocolException.Kind.CLOSED, e.kind());
    }

    /** Like a serial port: the bytes, then nothing (0) rather than end of stream. */
    private static SamFrameReader.Input input(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return (buffer, offset, length) -> Math.max(0, in.read(buffer, offset, Math.min(length, 3)));
    }
}
