package org.legalkiosk.devices.camera;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** QR pictures made in the test, then spoiled the way a cheap camera spoils them. */
final class QrImages {

    private QrImages() {}

    static BufferedImage qr(String text, int size) {
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code placed, rotated and scaled, in a bigger grey frame, as if held up in front of the camera. */
    static BufferedImage inFrame(BufferedImage code, double degrees, double scale) {
        BufferedImage frame = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(new Color(150, 150, 150));
            g.fillRect(0, 0, 800, 600);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform at = new AffineTransform();
            at.translate(400, 300);
            at.rotate(Math.toRadians(degrees));
            at.scale(scale, scale);
            at.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
            g.drawImage(code, at, null);
        } finally {
            g.dispose();
        }
        return frame;
    }

    /** Adds grey noise of the given strength (0–255) with a fixed seed, so the test always sees the same frame. */
    static BufferedImage noisy(BufferedImage image, int strength, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                int v = Math.max(0, Math.min(255, grey + (int) (random.nextGaussian() * strength)));
                out.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return out;
    }
}
