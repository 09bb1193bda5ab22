package org.legalkiosk.kiosk.ui.common;

import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as images for the screen, so a visitor can photograph a code with a phone when no slip printed. */
public final class QrImages {

    private QrImages() {}

    /** A black-on-white QR code of {@code text}, about {@code size} pixels square, with the quiet zone around it. */
    public static Image of(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of this text", e);
        }
    }
}
