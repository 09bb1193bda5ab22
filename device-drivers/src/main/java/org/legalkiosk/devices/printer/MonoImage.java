package org.legalkiosk.devices.printer;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 1-bit image in the printer's raster layout: rows of {@link #bytesPerRow()} bytes, most significant bit
 * leftmost, 1 = black. Widths are whole bytes, so a source image is padded with white on the right.
 */
public final class MonoImage {

    /** How grey becomes black or white. */
    public enum Conversion {
        /** Darker than middle grey is black: crisp for logos and line art. */
        THRESHOLD,
        /** Floyd–Steinberg error diffusion: keeps photos recognisable. */
        DITHER
    }

    private final int bytesPerRow;
    private final int height;
    private final byte[] data;

    public MonoImage(int bytesPerRow, int height, byte[] data) {
        if (bytesPerRow < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, was " + bytesPerRow + " bytes x " + height);
        }
        if (data.length != bytesPerRow * height) {
            throw new IllegalArgumentException("expected " + bytesPerRow * height + " bytes, got " + data.length);
        }
        this.bytesPerRow = bytesPerRow;
        this.height = height;
        this.data = data.clone();
    }

    public static MonoImage of(BufferedImage source, Conversion conversion) {
        int width = source.getWidth();
        int height = source.getHeight();
        float[] grey = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = luminance(source.getRGB(x, y));
            }
        }
        int bytesPerRow = (width + 7) / 8;
        byte[] bits = new byte[bytesPerRow * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float old = grey[y * width + x];
                boolean black = old < 128f;
                if (black) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
                if (conversion == Conversion.DITHER) {
                    float error = old - (black ? 0f : 255f);
                    spread(grey, width, height, x + 1, y, error * 7 / 16);
                    spread(grey, width, height, x - 1, y + 1, error * 3 / 16);
                    spread(grey, width, height, x, y + 1, error * 5 / 16);
                    spread(grey, width, height, x + 1, y + 1, error / 16);
                }
            }
        }
        return new MonoImage(bytesPerRow, height, bits);
    }

    private static void spread(float[] grey, int width, int height, int x, int y, float amount) {
        if (x >= 0 && x < width && y < height) {
            grey[y * width + x] += amount;
        }
    }

    /** Transparent pixels count as paper (white). */
    private static float luminance(int argb) {
        int alpha = (argb >>> 24) & 0xFF;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        float lum = 0.299f * r + 0.587f * g + 0.114f * b;
        return lum * alpha / 255f + 255f * (255 - alpha) / 255f;
    }

    public int bytesPerRow() {
        return bytesPerRow;
    }

    public int width() {
        return bytesPerRow * 8;
    }

    public int height() {
        return height;
    }

    public byte[] data() {
        return data.clone();
    }

    public boolean isBlack(int x, int y) {
        return (data[y * bytesPerRow + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width(), height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width(); x++) {
                image.setRGB(x, y, isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoImage other
                && bytesPerRow == other.bytesPerRow
                && height == other.height
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * bytesPerRow + height) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        String head = HexFormat.of().formatHex(data, 0, Math.min(data.length, 8));
        return "MonoImage[" + width() + "x" + height + ", " + head + (data.length > 8 ? "…" : "") + "]";
    }
}
