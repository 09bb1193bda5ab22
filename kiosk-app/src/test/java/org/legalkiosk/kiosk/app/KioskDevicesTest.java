package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.config.KioskConfig;

class KioskDevicesTest {

    @TempDir
    Path data;

    private KioskConfig config(boolean demo) {
        return new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                demo,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                -1);
    }

    @Test
    void opensTheDevicesListedInKioskYaml() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), """
                language: zh
                devices:
                  - id: slip
                    kind: receipt-printer
                    mode: simulated
                  - id: lobby-printer
                    kind: a4-printer
                    queue: NoSuchQueueHere
                """);
        try (KioskDevices devices = KioskDevices.open(config(false), null, Clock.systemUTC())) {
            devices.manager().checkNow();
            assertEquals(Optional.empty(), devices.configProblem());
            assertTrue(devices.manager()
                    .device("slip", SimulatedReceiptPrinter.class)
                    .isPresent());
            List<KioskStatus.Device> status = devices.forStatus();
            assertEquals(
                    List.of("slip", "lobby-printer"),
                    status.stream().map(KioskStatus.Device::name).toList());
            assertEquals("READY", status.get(0).state());
            assertEquals("DISCONNECTED", status.get(1).state(), "a real device that is not there is still listed");
        }
    }

    @Test
    void aMalformedDeviceListIsReportedAndTheKioskStartsWithoutDevices() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), """
                devices:
                  - id: slip
                    kind: fax-machine
                """);
        try (KioskDevices devices = KioskDevices.open(config(false), null, Clock.systemUTC())) {
            assertEquals(List.of(), devices.forStatus());
            String problem = devices.configProblem().orElseThrow();
            assertTrue(
                    problem.contains("kiosk.yaml")
                            && problem.contains("devices[0].kind")
                            && problem.contains("fax-machine"),
                    problem);
        }
    }

    @Test
    void aDeviceIdUsedTwiceIsAMistakeToo() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), """
                devices:
                  - {id: slip, kind: receipt-printer, mode: simulated}
                  - {id: slip, kind: camera, mode: simulated}
                """);
        try (KioskDevices devices = KioskDevices.open(config(false), null, Clock.systemUTC())) {
            assertEquals(List.of(), devices.forStatus());
            assertTrue(devices.configProblem().orElseThrow().contains("configured twice"));
        }
    }

    @Test
    void withoutKioskYamlOrADevicesKeyThereAreNoDevicesAndNoProblem() throws Exception {
        try (KioskDevices devices = KioskDevices.open(config(false), null, Clock.systemUTC())) {
            assertEquals(List.of(), devices.forStatus());
            assertEquals(Optional.empty(), devices.configProblem());
        }
        Files.writeString(data.resolve("kiosk.yaml"), "language: zh\n");
        try (KioskDevices devices = KioskDevices.open(config(false), null, Clock.systemUTC())) {
            assertEquals(List.of(), devices.forStatus());
            assertEquals(Optional.empty(), devices.configProblem());
        }
    }

    @Test
    void theDemoUsesTheSimulatedSetWhateverKioskYamlSays() throws Exception {
        Files.writeString(data.resolve("kiosk.yaml"), "devices: not a list\n");
        try (KioskDevices devices = KioskDevices.open(config(true), null, Clock.systemUTC())) {
            devices.manager().checkNow();
            assertEquals(DemoDevices.simulatedSet().size(), devices.forStatus().size());
            assertTrue(
                    devices.forStatus().stream().allMatch(d -> d.state().equals("READY")),
                    devices.forStatus().toString());
        }
    }
}
