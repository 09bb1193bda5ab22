package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** QR codes as pictures, for a simulated camera to hold up in the demo. */
public final class QrPictures {

    private QrPictures() {}

    /** A square picture of the code; UTF-8 with ECI so Chinese text decodes back unchanged. */
    public static BufferedImage of(String text, int size) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs some text");
        }
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", e);
        }
    }
}
