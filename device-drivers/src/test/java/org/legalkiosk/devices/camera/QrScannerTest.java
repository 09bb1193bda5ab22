package org.legalkiosk.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QrScannerTest {

    private static final String BOOKING = "LK-BOOKING:2024-0618-0031|王家村法律服务站";

    private final QrScanner scanner = new QrScanner();

    @Test
    void readsAStraightCodeWithChineseText() {
        assertEquals(Optional.of(BOOKING), scanner.decode(QrImages.qr(BOOKING, 300)));
    }

    @ParameterizedTest(name = "rotated {0}°, scaled {1}")
    @CsvSource({"0, 0.6", "15, 1.0", "45, 0.8", "90, 1.2", "170, 0.9", "-30, 1.5"})
    void readsACodeHeldAtAnAngleAndDistance(double degrees, double scale) {
        BufferedImage frame = QrImages.inFrame(QrImages.qr(BOOKING, 300), degrees, scale);
        assertEquals(Optional.of(BOOKING), scanner.decode(frame));
    }

    @Test
    void readsANoisyFrame() {
        BufferedImage frame = QrImages.noisy(QrImages.inFrame(QrImages.qr(BOOKING, 300), 10, 1.0), 40, 7);
        assertEquals(Optional.of(BOOKING), scanner.decode(frame));
    }

    @Test
    void findsNothingInAFrameWithoutACode() {
        BufferedImage blank = QrImages.noisy(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), 30, 3);
        assertTrue(scanner.decode(blank).isEmpty());
    }
}
