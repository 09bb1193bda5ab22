package org.legalkiosk.devices.camera;

/** A capture that gave no picture; {@link #reason()} is a short code such as {@code timeout} or {@code no-device}. */
public final class CameraException extends Exception {

    private final String reason;

    public CameraException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
