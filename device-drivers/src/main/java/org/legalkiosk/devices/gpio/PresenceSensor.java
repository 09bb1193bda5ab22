package org.legalkiosk.devices.gpio;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** A motion sensor in front of the kiosk; a presence wakes the screen from the attract loop. */
public interface PresenceSensor extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.PRESENCE_SENSOR;
    }

    boolean isPresent();

    void addPresenceListener(PresenceListener listener);

    void removePresenceListener(PresenceListener listener);
}
