package org.legalkiosk.devices.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;

/**
 * Reads the {@code devices:} list of a settings file, already parsed into maps (the kiosk reads YAML; this module
 * has no YAML library). Each entry has {@code id}, {@code kind} ({@code receipt-printer}, {@code id-card-reader},
 * {@code smart-card-reader}, {@code a4-printer}, {@code camera}, {@code presence-sensor}, {@code status-light}, {@code help-button}),
 * {@code mode} ({@code real} or {@code simulated}, default real); every other key is a driver setting.
 * Mistakes are reported with the entry's position and the field, e.g. {@code devices[2].kind: ...}.
 */
public final class DeviceConfigs {

    private DeviceConfigs() {}

    public static List<DeviceConfig> fromMaps(List<?> entries) {
        List<DeviceConfig> configs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            configs.add(fromMap(i, entries.get(i)));
        }
        return configs;
    }

    private static DeviceConfig fromMap(int index, Object entry) {
        String where = "devices[" + index + "]";
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": must be a map with id, kind and settings");
        }
        String id = text(map, "id", where);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(where + ".id: is required");
        }
        String kindText = text(map, "kind", where);
        if (kindText == null) {
            throw new IllegalArgumentException(where + ".kind: is required");
        }
        DeviceKind kind = kind(kindText, where);
        String modeText = text(map, "mode", where);
        DeviceMode mode = modeText == null ? DeviceMode.REAL : mode(modeText, where);
        Map<String, String> properties = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!List.of("id", "kind", "mode").contains(key)) {
                properties.put(key, scalar(e.getValue(), where + "." + key));
            }
        }
        return new DeviceConfig(id.strip(), kind, mode, properties);
    }

    public static DeviceKind kind(String text, String where) {
        String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DeviceKind.valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".kind: unknown kind '" + text + "'; one of " + kindNames());
        }
    }

    /** The kind as written in settings files, e.g. {@code receipt-printer}. */
    public static String name(DeviceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kindNames() {
        List<String> names = new ArrayList<>();
        for (DeviceKind kind : DeviceKind.values()) {
            names.add(name(kind));
        }
        return String.join(", ", names);
    }

    private static DeviceMode mode(String text, String where) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "real" -> DeviceMode.REAL;
            case "simulated" -> DeviceMode.SIMULATED;
            default ->
                throw new IllegalArgumentException(where + ".mode: must be real or simulated, was '" + text + "'");
        };
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        return value == null ? null : scalar(value, where + "." + key);
    }

    private static String scalar(Object value, String where) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException(where + ": must be a single value");
        }
        return value == null ? "" : String.valueOf(value);
    }
}
