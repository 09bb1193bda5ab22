package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class MonoImageTest {

    @Test
    void thresholdTurnsDarkPixelsBlackAndPadsTheRowToWholeBytes() {
        BufferedImage source = new BufferedImage(10, 1, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 10; x++) {
            source.setRGB(x, 0, x % 2 == 0 ? 0xFF000000 : 0xFFFFFFFF);
        }
        source.setRGB(9, 0, 0x00000000); // transparent counts as paper

        MonoImage image = MonoImage.of(source, MonoImage.Conversion.THRESHOLD);

        assertEquals(2, image.bytesPerRow());
        assertEquals(16, image.width());
        assertEquals(0xAA, image.data()[0] & 0xFF);
        assertEquals(0x80, image.data()[1] & 0xFF);
    }

    @Test
    void ditheringMiddleGreyGivesRoughlyHalfTheDotsBlack() {
        BufferedImage source = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                source.setRGB(x, y, 0x808080);
            }
        }

        MonoImage dithered = MonoImage.of(source, MonoImage.Conversion.DITHER);
        int black = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                black += dithered.isBlack(x, y) ? 1 : 0;
            }
        }

        assertTrue(black > 64 * 64 * 0.4 && black < 64 * 64 * 0.6, "black dots: " + black);
        assertFalse(MonoImage.of(source, MonoImage.Conversion.THRESHOLD).isBlack(0, 0));
    }
}
