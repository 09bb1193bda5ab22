package org.legalkiosk.devices.gpio;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** An LED that tells a passer-by or a technician how the kiosk is. */
public interface StatusLight extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.STATUS_LIGHT;
    }

    void show(LightPattern pattern);

    LightPattern pattern();

    /** Whether the LED is lit at this moment (changes by itself while blinking). */
    boolean isLit();
}
