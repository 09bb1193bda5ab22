package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.time.Duration;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** A camera that takes still pictures: QR codes at check-in, documents for applications. */
public interface Camera extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.CAMERA;
    }

    /**
     * Takes one picture. Blocks for at most {@code timeout}; a capture still running then is stopped.
     *
     * @throws CameraException when no picture came: no device, device busy, the tool missing, the timeout
     */
    BufferedImage capture(Duration timeout) throws CameraException, InterruptedException;
}
