package org.legalkiosk.devices;

/**
 * Builds a device from its configuration. Each driver package offers one per mode; the manager picks by
 * kind and mode. Creating must not wait for the hardware: a device that is absent at start is created
 * anyway and reports {@link DeviceState#DISCONNECTED} until it appears.
 */
@FunctionalInterface
public interface DeviceFactory {

    Device create(DeviceConfig config);
}
