package org.legalkiosk.devices.printer;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** The thermal slip printer: booking tickets, queue numbers, what-to-bring lists. */
public interface ReceiptPrinter extends Device {

    /**
     * Prints a slip, checking the printer first. Blocks until the bytes are out and the printer answered
     * (bounded by the driver's timeouts); one job at a time.
     *
     * @throws PrintFailedException when the slip was not printed or may be incomplete; its status says why
     */
    PrintResult print(ReceiptDocument document) throws PrintFailedException;

    @Override
    default DeviceKind kind() {
        return DeviceKind.RECEIPT_PRINTER;
    }
}
