package org.legalkiosk.devices;

/**
 * Told when a device's state or reason changes. Called on the thread that noticed the change (a driver's
 * job thread or the manager's check thread): return quickly and never touch the UI from here.
 */
@FunctionalInterface
public interface DeviceListener {

    void statusChanged(DeviceStatus status);
}
