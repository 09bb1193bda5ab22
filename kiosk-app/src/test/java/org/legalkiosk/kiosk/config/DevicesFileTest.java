package org.legalkiosk.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;

class DevicesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDevicesAndTheirSettings() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), """
                devices:
                  - id: ic-card
                    kind: smart-card-reader
                    reader: ACS
                """);
        List<DeviceConfig> devices = DevicesFile.read(file);
        assertEquals(1, devices.size());
        assertEquals(DeviceKind.SMART_CARD_READER, devices.get(0).kind());
        assertEquals(DeviceMode.REAL, devices.get(0).mode());
        assertEquals("ACS", devices.get(0).property("reader", ""));
        assertEquals(devices, DevicesFile.readIfConfigured(file));
    }

    @Test
    void aFileGivenToDoctorMustListDevices() throws Exception {
        Path file = Files.writeString(dir.resolve("other.yaml"), "language: zh\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DevicesFile.read(file));
        assertTrue(e.getMessage().contains("devices: a list of devices is required"), e.getMessage());
        assertEquals(List.of(), DevicesFile.readIfConfigured(file));
        assertEquals(List.of(), DevicesFile.readIfConfigured(dir.resolve("missing.yaml")));
    }

    @Test
    void brokenYamlAndWrongShapesNameTheFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "devices: [ {id: x\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevicesFile.readIfConfigured(broken))
                .getMessage()
                .startsWith(broken.toString()));
        Path scalar = Files.writeString(dir.resolve("scalar.yaml"), "devices: 3\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DevicesFile.readIfConfigured(scalar))
                .getMessage()
                .contains("must be a list"));
        Path list = Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
        assertThrows(IllegalArgumentException.class, () -> DevicesFile.readIfConfigured(list));
    }
}
