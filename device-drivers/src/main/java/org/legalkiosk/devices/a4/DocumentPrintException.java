package org.legalkiosk.devices.a4;

import org.legalkiosk.devices.DeviceStatus;

/** A document the printer did not accept; {@link #status()} is the printer's state at that moment. */
public final class DocumentPrintException extends Exception {

    private final transient DeviceStatus status;

    public DocumentPrintException(String message, DeviceStatus status) {
        super(message);
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }
}
