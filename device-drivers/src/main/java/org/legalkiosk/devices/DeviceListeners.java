package org.legalkiosk.devices;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one device, for drivers to hold: a listener that throws is logged and skipped, so one
 * faulty observer cannot break a driver.
 */
public final class DeviceListeners {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceListeners.class);

    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();

    public void add(DeviceListener listener) {
        listeners.add(listener);
    }

    public void remove(DeviceListener listener) {
        listeners.remove(listener);
    }

    public void fire(DeviceStatus status) {
        for (DeviceListener listener : listeners) {
            try {
                listener.statusChanged(status);
            } catch (RuntimeException e) {
                LOG.warn("Device listener failed for {}", status.deviceId(), e);
            }
        }
    }
}
