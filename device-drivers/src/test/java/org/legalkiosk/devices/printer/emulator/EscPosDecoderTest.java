package org.legalkiosk.devices.printer.emulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.printer.Alignment;
import org.legalkiosk.devices.printer.EscPosEncoder;
import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.devices.printer.TestSlips;
import org.legalkiosk.devices.printer.TextStyle;

class EscPosDecoderTest {

    private static List<ReceiptBlock> decode(byte[] bytes) throws IOException {
        List<ReceiptBlock> blocks = new ArrayList<>();
        new EscPosDecoder(new ByteArrayInputStream(bytes), blocks::add).run();
        return blocks;
    }

    @Test
    void decodingWhatTheEncoderWroteGivesBackTheSameSlip() throws IOException {
        ReceiptDocument slip = TestSlips.fullSlip();

        assertEquals(slip.blocks(), decode(new EscPosEncoder().encode(slip)));
    }

    @Test
    void commandsFromOtherDriversAreUnderstood() throws IOException {
        // ESC ! 0x38 (bold, double height and width), ESC a '1', Chinese mode off, GS V 'B' 5 (feed and cut)
        byte[] bytes = HexFormat.of().parseHex("1B2138 1B6131 1C2E 4869 0A 1D564205".replace(" ", ""));

        assertEquals(
                List.of(
                        new ReceiptBlock.TextLine("Hi", new TextStyle(Alignment.CENTER, true, 2, 2)),
                        new ReceiptBlock.Feed(5),
                        new ReceiptBlock.Cut(true)),
                decode(bytes));
    }

    @Test
    void everyTruncationOfAJobDecodesWithoutFailing() {
        byte[] job = new EscPosEncoder().encode(TestSlips.fullSlip());

        for (int length = 0; length < job.length; length += 7) {
            byte[] prefix = Arrays.copyOf(job, length);
            assertDoesNotThrow(() -> decode(prefix), "prefix of " + length + " bytes");
        }
    }

    @Test
    void randomGarbageDecodesWithoutFailing() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] garbage = new byte[random.nextInt(2000)];
            random.nextBytes(garbage);
            assertDoesNotThrow(() -> decode(garbage), "round " + round);
        }
    }

    @Test
    void aHugeRasterHeaderIsSkippedInsteadOfAllocated() throws IOException {
        // GS v 0 claiming 65535 x 65535 bytes, followed by only a few
        byte[] bytes = HexFormat.of().parseHex("1D763000FFFFFFFF0102030405");

        assertEquals(List.of(), decode(bytes));
    }

    @Test
    void textAfterTheLastLineFeedIsKeptAsALine() throws IOException {
        byte[] bytes = "尾巴".getBytes(EscPosEncoder.GB18030);

        assertEquals(List.of(new ReceiptBlock.TextLine("尾巴", TextStyle.NORMAL)), decode(bytes));
    }
}
