package org.legalkiosk.devices.printer;

import org.legalkiosk.devices.DeviceStatus;

/**
 * A slip that went out.
 *
 * @param bytesSent   the size of the ESC/POS job
 * @param statusAfter the printer's status right after the job (e.g. paper near end)
 */
public record PrintResult(int bytesSent, DeviceStatus statusAfter) {}
