package org.legalkiosk.devices.printer;

import org.legalkiosk.devices.DeviceStatus;

/** A slip was not printed, or not completely; {@link #status()} carries the reason code for the UI. */
public final class PrintFailedException extends Exception {

    private final transient DeviceStatus status;

    public PrintFailedException(String message, DeviceStatus status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public PrintFailedException(String message, DeviceStatus status) {
        this(message, status, null);
    }

    public DeviceStatus status() {
        return status;
    }
}
