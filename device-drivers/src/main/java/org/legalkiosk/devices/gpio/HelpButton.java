package org.legalkiosk.devices.gpio;

import org.legalkiosk.devices.Device;
import org.legalkiosk.devices.DeviceKind;

/** The physical "help" button: each press (debounced) raises one help request for the agent. */
public interface HelpButton extends Device {

    @Override
    default DeviceKind kind() {
        return DeviceKind.HELP_BUTTON;
    }

    void addHelpListener(HelpListener listener);

    void removeHelpListener(HelpListener listener);
}
