package org.legalkiosk.devices;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one device is configured in a terminal's settings.
 *
 * @param id         unique id, e.g. {@code receipt}
 * @param kind       the role
 * @param mode       real hardware or the simulated twin
 * @param properties driver settings, e.g. {@code host}, {@code port}, {@code path}, {@code baud}
 */
public record DeviceConfig(String id, DeviceKind kind, DeviceMode mode, Map<String, String> properties) {

    public DeviceConfig {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("device id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static DeviceConfig simulated(String id, DeviceKind kind) {
        return new DeviceConfig(id, kind, DeviceMode.SIMULATED, Map.of());
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String property(String name, String fallback) {
        return property(name).orElse(fallback);
    }

    /** The property, or an exception naming the device and the missing key. */
    public String requireProperty(String name) {
        return property(name)
                .orElseThrow(
                        () -> new IllegalArgumentException("device '" + id + "': property '" + name + "' is required"));
    }

    public int intProperty(String name, int fallback) {
        Optional<String> value = property(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "device '" + id + "': property '" + name + "' must be a whole number, was '" + value.get() + "'");
        }
    }

    /** A duration written in milliseconds, e.g. {@code timeoutMillis: 2000}. */
    public Duration millisProperty(String name, Duration fallback) {
        Optional<String> value = property(name);
        return value.isEmpty() ? fallback : Duration.ofMillis(intProperty(name, 0));
    }
}
