package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import com.pi4j.context.Context;
import com.pi4j.io.IO;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Pi4J I/O claimed for a device. A pin that cannot be claimed (no GPIO chip, pin in use) leaves the device
 * DISCONNECTED instead of failing the kiosk's start.
 */
final class GpioPin<T extends IO<?, ?, ?>> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GpioPin.class);

    private final Context pi4j;
    private final String id;
    private final T io;
    private final DeviceStatus status;

    GpioPin(Context pi4j, String id, DeviceKind kind, int bcm, Clock clock, Function<Context, T> create) {
        this.pi4j = pi4j;
        this.id = id;
        T created = null;
        DeviceStatus initial;
        try {
            created = create.apply(pi4j);
            initial = DeviceStatus.ready(id, kind, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("GPIO device {} cannot use BCM {}: {}", id, bcm, e.getMessage());
            initial = DeviceStatus.disconnected(id, kind, "gpio-unavailable", "BCM " + bcm + ": " + e.getMessage(),
                    clock.instant());
        }
        this.io = created;
        this.status = initial;
    }

    Optional<T> io() {
        return Optional.ofNullable(io);
    }

    DeviceStatus status() {
        return status;
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
