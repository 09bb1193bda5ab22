package org.legalkiosk.devices.gpio;

import java.util.Optional;
import java.util.function.Function;

import com.pi4j.context.Context;
import com.pi4j.io.IO;
import org.legalkiosk.devices.DeviceStatusTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Pi4J I/O claimed for a device. A pin that cannot be claimed (no GPIO chip, pin in use) leaves the device
 * DISCONNECTED instead of failing the kiosk's start; either outcome is recorded in the device's tracker.
 */
final class GpioPin<T extends IO<?, ?, ?>> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GpioPin.class);

    private final Context pi4j;
    private final String id;
    private final T io;

    GpioPin(Context pi4j, String id, int bcm, DeviceStatusTracker tracker, Function<Context, T> create) {
        this.pi4j = pi4j;
        this.id = id;
        T created = null;
        try {
            created = create.apply(pi4j);
            tracker.ready();
        } catch (RuntimeException e) {
            LOG.warn("GPIO device {} cannot use BCM {}: {}", id, bcm, e.getMessage());
            tracker.disconnected("gpio-unavailable", "BCM " + bcm + ": " + e.getMessage());
        }
        this.io = created;
    }

    Optional<T> io() {
        return Optional.ofNullable(io);
    }

    @Override
    public void close() {
        if (io != null) {
            try {
                pi4j.shutdown(id);
            } catch (RuntimeException e) {
                LOG.debug("Releasing GPIO {} failed", id, e);
            }
        }
    }
}
