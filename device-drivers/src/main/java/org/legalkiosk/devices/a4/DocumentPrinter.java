package org.legalkiosk.devices.a4;

import java.nio.file.Path;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** The A4 printer: application forms, legal-aid letters, booking confirmations. */
public interface DocumentPrinter extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.A4_PRINTER;
    }

    /**
     * Hands a PDF to the printer and returns once it is queued (not printed: paper runs out later too).
     *
     * @param title the job's name in the queue; never personal data, queues are listed to anyone on the host
     * @throws DocumentPrintException when the job was not accepted; its status says why
     */
    PrintJob print(Path pdf, String title) throws DocumentPrintException;
}
