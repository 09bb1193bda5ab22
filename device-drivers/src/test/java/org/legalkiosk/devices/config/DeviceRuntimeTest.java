package org.legalkiosk.devices.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.a4.CupsPrinter;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.camera.FfmpegCamera;
import org.legalkiosk.devices.camera.RpicamCamera;
import org.legalkiosk.devices.camera.SimulatedCamera;
import org.legalkiosk.devices.gpio.SimulatedHelpButton;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;
import org.legalkiosk.devices.gpio.SimulatedStatusLight;
import org.legalkiosk.devices.idcard.SerialIdCardReader;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.EscPosPrinter;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;
import org.legalkiosk.devices.printer.emulator.EscPosEmulator;
import org.legalkiosk.devices.smartcard.PcscSmartCardReader;
import org.legalkiosk.devices.smartcard.SimulatedSmartCardReader;

class DeviceRuntimeTest {

    private static final Set<DeviceKind> SUPPORTED = EnumSet.allOf(DeviceKind.class);

    @Test
    void theDemoSetHasOneReadySimulatedDeviceOfEveryKind() {
        List<DeviceConfig> demo = DemoDevices.simulatedSet();
        assertEquals(
                SUPPORTED, EnumSet.copyOf(demo.stream().map(DeviceConfig::kind).toList()));
        try (DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC());
                DeviceManager manager = new DeviceManager(demo, runtime.factories(), Clock.systemUTC())) {
            manager.checkNow();
            for (DeviceStatus status : manager.snapshot()) {
                assertEquals(DeviceState.READY, status.state(), status.toString());
            }
            assertTrue(manager.device("id-card", SimulatedIdCardReader.class).isPresent());
            assertTrue(manager.device("receipt", SimulatedReceiptPrinter.class).isPresent());
            assertTrue(manager.device("a4", SimulatedDocumentPrinter.class).isPresent());
            assertTrue(manager.device("camera", SimulatedCamera.class).isPresent());
            assertTrue(manager.device("presence", SimulatedPresenceSensor.class).isPresent());
            assertTrue(
                    manager.device("status-light", SimulatedStatusLight.class).isPresent());
            assertTrue(manager.device("help-button", SimulatedHelpButton.class).isPresent());
            assertTrue(manager.device("ic-card", SimulatedSmartCardReader.class).isPresent());
        }
    }

    @Test
    void everySupportedKindHasARealAndASimulatedFactory() {
        try (DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC())) {
            for (DeviceKind kind : SUPPORTED) {
                for (DeviceMode mode : DeviceMode.values()) {
                    assertTrue(runtime.factories().find(kind, mode).isPresent(), kind + " " + mode);
                }
            }
        }
    }

    @Test
    void realDevicesAreBuiltFromTheirSettings() {
        List<DeviceConfig> configs = List.of(
                new DeviceConfig(
                        "receipt",
                        DeviceKind.RECEIPT_PRINTER,
                        DeviceMode.REAL,
                        Map.of("transport", "file", "path", "/dev/usb/lp-missing")),
                new DeviceConfig(
                        "id-card", DeviceKind.ID_CARD_READER, DeviceMode.REAL, Map.of("path", "/dev/ttyMissing")),
                new DeviceConfig("a4", DeviceKind.A4_PRINTER, DeviceMode.REAL, Map.of("queue", "Office")),
                new DeviceConfig("webcam", DeviceKind.CAMERA, DeviceMode.REAL, Map.of("device", "/dev/video-missing")),
                new DeviceConfig("picam", DeviceKind.CAMERA, DeviceMode.REAL, Map.of("driver", "rpicam")),
                new DeviceConfig(
                        "ic-card",
                        DeviceKind.SMART_CARD_READER,
                        DeviceMode.REAL,
                        Map.of("reader", "No Such Reader", "pollMillis", "100")));
        try (DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC());
                DeviceManager manager = new DeviceManager(configs, runtime.factories(), Clock.systemUTC())) {
            assertTrue(manager.device("receipt", EscPosPrinter.class).isPresent());
            assertTrue(manager.device("id-card", SerialIdCardReader.class).isPresent());
            assertTrue(manager.device("a4", CupsPrinter.class).isPresent());
            assertTrue(manager.device("webcam", FfmpegCamera.class).isPresent());
            assertTrue(manager.device("picam", RpicamCamera.class).isPresent());
            assertTrue(manager.device("ic-card", PcscSmartCardReader.class).isPresent());
            manager.checkNow();
            assertEquals(
                    DeviceState.DISCONNECTED,
                    manager.status("webcam").orElseThrow().state());
            assertEquals(
                    DeviceState.DISCONNECTED,
                    manager.status("id-card").orElseThrow().state());
        }
    }

    @Test
    void aReceiptPrinterOverTcpIsReadyWhenItsEmulatorListensAndDisconnectedWhenNobodyDoes() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        try (EscPosEmulator emulator = EscPosEmulator.start(0);
                DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC());
                DeviceManager manager = new DeviceManager(
                        List.of(tcpPrinter("there", emulator.port()), tcpPrinter("nobody", freePort)),
                        runtime.factories(),
                        Clock.systemUTC())) {
            manager.checkNow();
            assertEquals(
                    DeviceState.READY, manager.status("there").orElseThrow().state());
            DeviceStatus nobody = manager.status("nobody").orElseThrow();
            assertEquals(DeviceState.DISCONNECTED, nobody.state());
            assertEquals("unreachable", nobody.reason());
        }
    }

    @Test
    void realGpioOffAPiIsDisconnectedWithAReasonInsteadOfFailing() {
        List<DeviceConfig> configs = List.of(
                new DeviceConfig("presence", DeviceKind.PRESENCE_SENSOR, DeviceMode.REAL, Map.of()),
                new DeviceConfig("light", DeviceKind.STATUS_LIGHT, DeviceMode.REAL, Map.of("bcm", "17")),
                new DeviceConfig("help", DeviceKind.HELP_BUTTON, DeviceMode.REAL, Map.of()));
        try (GpioContext gpio = new GpioContext(null);
                DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC(), gpio);
                DeviceManager manager = new DeviceManager(configs, runtime.factories(), Clock.systemUTC())) {
            manager.checkNow();
            assertTrue(gpio.unavailableReason().isPresent(), "this test expects a machine that is not a Pi");
            for (DeviceStatus status : manager.snapshot()) {
                assertEquals(DeviceState.DISCONNECTED, status.state(), status.toString());
                assertEquals("gpio-unavailable", status.reason(), status.toString());
            }
        }
    }

    private static DeviceConfig tcpPrinter(String id, int port) {
        return new DeviceConfig(
                id,
                DeviceKind.RECEIPT_PRINTER,
                DeviceMode.REAL,
                Map.of(
                        "transport",
                        "tcp",
                        "host",
                        "127.0.0.1",
                        "port",
                        Integer.toString(port),
                        "timeoutMillis",
                        Long.toString(Duration.ofSeconds(2).toMillis())));
    }
}
