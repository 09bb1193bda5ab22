package org.legalkiosk.devices.manager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.legalkiosk.devices.DeviceFactory;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;

/** Which factory builds a device of a given kind and mode; each driver package registers its own. */
public final class DeviceFactories {

    private final Map<Key, DeviceFactory> factories;

    private DeviceFactories(Map<Key, DeviceFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<DeviceFactory> find(DeviceKind kind, DeviceMode mode) {
        return Optional.ofNullable(factories.get(new Key(kind, mode)));
    }

    public static final class Builder {

        private final Map<Key, DeviceFactory> factories = new HashMap<>();

        public Builder register(DeviceKind kind, DeviceMode mode, DeviceFactory factory) {
            factories.put(new Key(kind, mode), factory);
            return this;
        }

        public DeviceFactories build() {
            return new DeviceFactories(factories);
        }
    }

    private record Key(DeviceKind kind, DeviceMode mode) {}
}
