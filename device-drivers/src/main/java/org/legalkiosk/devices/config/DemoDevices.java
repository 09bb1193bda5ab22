package org.legalkiosk.devices.config;

import java.util.List;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;

/** The devices of the demo: one simulated twin of every kind the kiosk drives. */
public final class DemoDevices {

    private DemoDevices() {}

    public static List<DeviceConfig> simulatedSet() {
        return List.of(
                DeviceConfig.simulated("id-card", DeviceKind.ID_CARD_READER),
                DeviceConfig.simulated("ic-card", DeviceKind.SMART_CARD_READER),
                DeviceConfig.simulated("receipt", DeviceKind.RECEIPT_PRINTER),
                DeviceConfig.simulated("a4", DeviceKind.A4_PRINTER),
                DeviceConfig.simulated("camera", DeviceKind.CAMERA),
                DeviceConfig.simulated("presence", DeviceKind.PRESENCE_SENSOR),
                DeviceConfig.simulated("status-light", DeviceKind.STATUS_LIGHT),
                DeviceConfig.simulated("help-button", DeviceKind.HELP_BUTTON));
    }
}
