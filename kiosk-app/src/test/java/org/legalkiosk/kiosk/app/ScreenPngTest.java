package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ScreenPngTest {

    @Test
    void imageIoDecodesEveryPixelAsItWasGiven() throws Exception {
        int width = 37; // odd sizes, so a row-length or stride slip shows
        int height = 23;
        int[] argb = new int[width * height];
        Random random = new Random(7);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = random.nextInt(); // alpha bytes at random too: they must be ignored
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(ScreenPng.encode(argb, width, height)));
        assertEquals(width, decoded.getWidth());
        assertEquals(height, decoded.getHeight());
        int[] back = decoded.getRGB(0, 0, width, height, null, 0, width);
        int[] expected = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            expected[i] = 0xff000000 | argb[i];
            back[i] |= 0xff000000;
        }
        assertArrayEquals(expected, back);
    }

    @Test
    void aFlatScreenCompressesWell() {
        int[] grey = new int[1920 * 1080];
        java.util.Arrays.fill(grey, 0xfff3f1ec);
        byte[] png = ScreenPng.encode(grey, 1920, 1080);
        assertTrue(png.length < 64 * 1024, "a flat 1080p screen is " + png.length + " bytes");
    }

    @Test
    void tooFewPixelsForTheSizeIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ScreenPng.encode(new int[10], 4, 4));
        assertTrue(e.getMessage().contains("16"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScreenPng.encode(new int[0], 0, 4));
    }
}
