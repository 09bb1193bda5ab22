package org.legalkiosk.devices.config;

import java.util.Optional;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Pi4J context for REAL GPIO devices, built once on first use. It takes Pi4J's auto-detected platform and
 * providers (gpiod or linuxfs on a Raspberry Pi) but refuses the mock plugin, which Pi4J would pick on any
 * other machine when its jar is on the classpath: there the devices get an empty context instead, cannot
 * claim their pins, and report {@code DISCONNECTED} / {@code gpio-unavailable}. Nothing here throws.
 */
public final class GpioContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GpioContext.class);

    private Context context;
    private String unavailable;

    public synchronized Context context() {
        if (context == null) {
            context = build();
        }
        return context;
    }

    /** Why real GPIO cannot be used on this machine, once {@link #context()} has been built. */
    public synchronized Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }

    private Context build() {
        Context detected = null;
        try {
            detected = Pi4J.newContextBuilder().autoDetect().build();
            boolean onlyMock = detected.providers().all().keySet().stream().anyMatch(id -> id.contains("mock"))
                    || detected.providers().all().isEmpty();
            if (!onlyMock) {
                return detected;
            }
            unavailable = "no Raspberry Pi GPIO on this machine";
        } catch (RuntimeException | LinkageError e) {
            unavailable = "Pi4J could not start: " + e.getMessage();
        }
        LOG.warn("GPIO devices stay disconnected: {}", unavailable);
        if (detected != null) {
            shutdown(detected);
        }
        return Pi4J.newContextBuilder().noAutoDetect().build();
    }

    private static void shutdown(Context c) {
        try {
            c.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Pi4J shutdown failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            shutdown(context);
            context = null;
        }
    }
}
