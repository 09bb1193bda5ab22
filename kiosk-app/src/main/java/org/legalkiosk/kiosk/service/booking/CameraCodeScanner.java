package org.legalkiosk.kiosk.service.booking;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.devices.camera.Camera;
import org.legalkiosk.devices.camera.CameraException;
import org.legalkiosk.devices.camera.QrScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Booking codes through the device layer's {@link Camera} and {@link QrScanner}: a few frames, since a slip held
 * by a hand is often blurred in the first one. A QR code that is not a booking code (a payment code) is ignored.
 */
public final class CameraCodeScanner implements CodeScanner {

    private static final Logger LOG = LoggerFactory.getLogger(CameraCodeScanner.class);
    private static final int FRAMES = 5;
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);

    private final Supplier<Optional<Camera>> camera;
    private final QrScanner qr = new QrScanner();

    public CameraCodeScanner(Supplier<Optional<Camera>> camera) {
        this.camera = camera;
    }

    @Override
    public boolean cameraReady() {
        return camera.get().map(c -> c.status().isReady()).orElse(false);
    }

    @Override
    public Optional<String> scan() {
        Optional<Camera> found = camera.get();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (int i = 0; i < FRAMES; i++) {
                BufferedImage frame = found.get().capture(FRAME_TIMEOUT);
                Optional<String> code = qr.decode(frame).flatMap(BookingCode::parse);
                if (code.isPresent()) {
                    return code;
                }
            }
        } catch (CameraException e) {
            LOG.warn("QR scan failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
