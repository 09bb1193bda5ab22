package org.legalkiosk.kiosk.cli.doctor;

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
final class DevicesFile {

    private DevicesFile() {
    }

    /** @throws IllegalArgumentException naming the file and the field when something is wrong */
    static List<DeviceConfig> read(Path file) {
        Object root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("devices") instanceof List<?> devices)) {
            throw new IllegalArgumentException(file + ": devices: a list of devices is required");
        }
        try {
            return DeviceConfigs.fromMaps(devices);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
