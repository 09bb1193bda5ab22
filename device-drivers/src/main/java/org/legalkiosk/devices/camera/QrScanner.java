package org.legalkiosk.devices.camera;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Finds a QR code in a camera frame (a booking slip held up at check-in). Tries the local-contrast binarizer
 * first (uneven light in a village hall), then the global one (blurred, low-contrast frames).
 */
public final class QrScanner {

    private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);

    public QrScanner() {
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        // codes without an ECI marker are read as UTF-8, which is how the kiosk's own slips are encoded
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }

    /** The text of the QR code in the frame, or empty when there is none (or it cannot be read). */
    public Optional<String> decode(BufferedImage frame) {
        Optional<String> text = decodeAsIs(frame);
        if (text.isEmpty() && frame.getWidth() >= 200 && frame.getHeight() >= 200) {
            // halving averages four pixels into one, which smooths a cheap sensor's grain away
            text = decodeAsIs(halved(frame));
        }
        return text;
    }

    private static BufferedImage halved(BufferedImage frame) {
        BufferedImage half = new BufferedImage(frame.getWidth() / 2, frame.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(
                    frame.getScaledInstance(half.getWidth(), half.getHeight(), Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return half;
    }

    private Optional<String> decodeAsIs(BufferedImage frame) {
        LuminanceSource source = new BufferedImageLuminanceSource(frame);
        for (BinaryBitmap bitmap : List.of(
                new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            Optional<String> text = decode(bitmap);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<String> decode(BinaryBitmap bitmap) {
        try {
            Result result = new QRCodeReader().decode(bitmap, hints);
            return Optional.of(result.getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            // a code was found but its checksum or format failed: the next frame may be sharper
            return Optional.empty();
        }
    }
}
