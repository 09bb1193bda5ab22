package org.legalkiosk.kiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.config.DeviceConfigs;

/** The {@code devices:} list of a YAML file (kiosk.yaml or a file of its own); other keys are ignored here. */
public final class DevicesFile {

    /** The settings file in the data directory that may hold the terminal's {@code devices:}. */
    public static final String KIOSK_YAML = "kiosk.yaml";

    private DevicesFile() {}

    /**
     * The devices of a file that must list them (doctor --config).
     *
     * @throws IllegalArgumentException naming the file and the field when something is wrong
     */
    public static List<DeviceConfig> read(Path file) {
        Object root = parse(file);
        if (!(root instanceof Map<?, ?> map) || !(map.get("devices") instanceof List<?> devices)) {
            throw new IllegalArgumentException(file + ": devices: a list of devices is required");
        }
        return configs(file, devices);
    }

    /**
     * The devices of a terminal's kiosk.yaml, which may not exist or may configure no devices (then there are
     * none); a {@code devices:} key that is there must be right.
     *
     * @throws IllegalArgumentException naming the file and the field when something is wrong
     */
    public static List<DeviceConfig> readIfConfigured(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Object root = parse(file);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": must be a map of settings");
        }
        Object devices = map.get("devices");
        if (devices == null) {
            return List.of();
        }
        if (!(devices instanceof List<?> list)) {
            throw new IllegalArgumentException(file + ": devices: must be a list of devices");
        }
        return configs(file, list);
    }

    private static Object parse(Path file) {
        try {
            String text = Files.readString(file);
            return text.isBlank() ? null : new ObjectMapper(new YAMLFactory()).readValue(text, Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static List<DeviceConfig> configs(Path file, List<?> devices) {
        try {
            return DeviceConfigs.fromMaps(devices);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
