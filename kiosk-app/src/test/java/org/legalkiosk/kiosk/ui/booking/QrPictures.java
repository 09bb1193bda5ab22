package org.legalkiosk.kiosk.ui.booking;

import java.awt.image.BufferedImage;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** A camera frame showing a QR code, as a slip held up to the camera would. */
final class QrPictures {

    private QrPictures() {}

    static BufferedImage of(String text) {
        try {
            return MatrixToImageWriter.toBufferedImage(
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400));
        } catch (WriterException e) {
            throw new AssertionError(e);
        }
    }
}
