package org.legalkiosk.kiosk.service.booking;

import java.util.Optional;

/** Reads a booking code from the QR code on a slip held up to the camera. Blocks: call it off the JavaFX thread. */
public interface CodeScanner {

    /** The booking code (unformatted, valid), or empty when none was seen or there is no camera. */
    Optional<String> scan();

    boolean cameraReady();

    CodeScanner NONE = new CodeScanner() {
        @Override
        public Optional<String> scan() {
            return Optional.empty();
        }

        @Override
        public boolean cameraReady() {
            return false;
        }
    };
}
