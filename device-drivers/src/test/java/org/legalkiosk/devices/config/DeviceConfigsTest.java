package org.legalkiosk.devices.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;

class DeviceConfigsTest {

    @Test
    void readsEntriesAsAYamlReaderHandsThemOver() {
        Map<String, Object> printer = new LinkedHashMap<>();
        printer.put("id", "receipt");
        printer.put("kind", "receipt-printer");
        printer.put("host", "127.0.0.1");
        printer.put("port", 9100);
        List<DeviceConfig> configs = DeviceConfigs.fromMaps(
                List.of(printer, Map.of("id", "light", "kind", "STATUS_LIGHT", "mode", "simulated")));
        assertEquals(
                new DeviceConfig(
                        "receipt",
                        DeviceKind.RECEIPT_PRINTER,
                        DeviceMode.REAL,
                        Map.of("host", "127.0.0.1", "port", "9100")),
                configs.get(0));
        assertEquals(DeviceConfig.simulated("light", DeviceKind.STATUS_LIGHT), configs.get(1));
    }

    @Test
    void namesTheEntryAndFieldOfAMistake() {
        IllegalArgumentException kind = assertThrows(
                IllegalArgumentException.class,
                () -> DeviceConfigs.fromMaps(
                        List.of(Map.of("id", "a", "kind", "camera"), Map.of("id", "b", "kind", "fax"))));
        assertTrue(kind.getMessage().startsWith("devices[1].kind: unknown kind 'fax'"), kind.getMessage());
        assertTrue(kind.getMessage().contains("receipt-printer"), kind.getMessage());
        assertEquals(
                "devices[0].mode: must be real or simulated, was 'fake'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DeviceConfigs.fromMaps(
                                        List.of(Map.of("id", "a", "kind", "camera", "mode", "fake"))))
                        .getMessage());
        assertEquals(
                "devices[0].id: is required",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DeviceConfigs.fromMaps(List.of(Map.of("kind", "camera"))))
                        .getMessage());
        assertEquals(
                "devices[0].port: must be a single value",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DeviceConfigs.fromMaps(
                                        List.of(Map.of("id", "a", "kind", "camera", "port", List.of(1)))))
                        .getMessage());
    }
}
