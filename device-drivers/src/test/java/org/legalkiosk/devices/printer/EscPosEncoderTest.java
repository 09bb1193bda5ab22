package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void jobStartsWithInitialiseAndChineseModeThenGb18030TextAndLineFeed() {
        byte[] bytes =
                new EscPosEncoder().encode(ReceiptDocument.builder().line("法律").build());

        // 法 = B7 A8, 律 = C2 C9 in GB2312/GB18030
        assertArrayEquals(hex("1B40 1C26 B7A8 C2C9 0A"), bytes);
    }

    @Test
    void textOutsideGbkUsesFourByteGb18030Sequences() {
        byte[] bytes =
                new EscPosEncoder().encode(ReceiptDocument.builder().line("€𠀀").build());

        // € = A2 E3 (GB18030 two-byte), U+20000 = 95 32 82 36 (four-byte)
        assertArrayEquals(hex("1B40 1C26 A2E3 95328236 0A"), bytes);
    }

    @Test
    void styleCommandsAreSentOnlyWhenTheStyleChanges() {
        ReceiptDocument doc = ReceiptDocument.builder()
                .align(Alignment.CENTER)
                .bold(true)
                .size(2, 2)
                .line("A")
                .line("B")
                .normal()
                .line("C")
                .build();

        assertArrayEquals(
                hex("1B40 1C26 1B6101 1B4501 1D2111 41 0A 42 0A 1B6100 1B4500 1D2100 43 0A"),
                new EscPosEncoder().encode(doc));
    }

    @Test
    void sizeEncodesWidthInTheHighNibbleAndHeightInTheLow() {
        assertArrayEquals(hex("1D2100"), EscPosEncoder.size(1, 1));
        assertArrayEquals(hex("1D2101"), EscPosEncoder.size(1, 2));
        assertArrayEquals(hex("1D2110"), EscPosEncoder.size(2, 1));
        assertArrayEquals(hex("1D2177"), EscPosEncoder.size(8, 8));
        assertThrows(IllegalArgumentException.class, () -> EscPosEncoder.size(9, 1));
    }

    @Test
    void qrCodeIsModelTwoWithSizeLevelStoreAndPrint() {
        byte[] bytes = EscPosEncoder.qrCode("AB", 6, QrErrorLevel.Q);

        assertArrayEquals(
                hex("1D286B 0400 31 41 32 00"
                        + "1D286B 0300 31 43 06"
                        + "1D286B 0300 31 45 32"
                        + "1D286B 0500 31 50 30 4142"
                        + "1D286B 0300 31 51 30"),
                bytes);
    }

    @Test
    void qrStoreLengthCountsUtf8BytesPlusThree() {
        String payload = "预约".repeat(50); // 300 UTF-8 bytes
        byte[] bytes = EscPosEncoder.qrCode(payload, 4, QrErrorLevel.L);
        int store = 9 + 8 + 8; // model, size and level commands come first
        assertEquals(0x2F, bytes[store + 3] & 0xFF); // 303 = 0x012F
        assertEquals(0x01, bytes[store + 4] & 0xFF);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(bytes, store + 8, 300);
        assertEquals(payload, data.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rasterHasBytesPerRowRowsAndMsbFirstBits() {
        MonoImage image = new MonoImage(2, 2, hex("8001 FF00"));

        assertArrayEquals(hex("1D7630 00 0200 0200 8001FF00"), EscPosEncoder.raster(image));
    }

    @Test
    void cutFeedAndStatusCommands() {
        assertArrayEquals(hex("1D5600"), EscPosEncoder.cut(false));
        assertArrayEquals(hex("1D5601"), EscPosEncoder.cut(true));
        assertArrayEquals(hex("1B6403"), EscPosEncoder.feed(3));
        assertArrayEquals(hex("100401"), EscPosEncoder.statusRequest(1));
        assertArrayEquals(hex("100502"), EscPosEncoder.recoverClearingBuffer());
    }
}
