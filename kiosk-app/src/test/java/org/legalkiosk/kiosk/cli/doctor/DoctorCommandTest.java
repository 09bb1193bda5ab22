package org.legalkiosk.kiosk.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import picocli.CommandLine;

/** {@code legalkiosk doctor} through the real command line, against simulated and really absent devices. */
class DoctorCommandTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theDemoSetListsEveryDeviceReadyAndExitsZero() {
        Run r = run("doctor", "--demo");
        assertEquals(0, r.exit(), r.out() + r.err());
        for (DeviceConfig device : DemoDevices.simulatedSet()) {
            assertTrue(
                    r.out().lines().anyMatch(line -> line.startsWith(device.id() + " ") && line.contains("READY")),
                    device.id() + " missing in\n" + r.out());
        }
        assertTrue(
                r.out().contains("print test slip: ok")
                        && r.out().contains("capture a frame: ok")
                        && r.out().contains("print a test page: ok")
                        && r.out().contains("blink the LED: ok"),
                r.out());
        assertTrue(r.out().contains("All " + DemoDevices.simulatedSet().size() + " devices work."), r.out());
    }

    @Test
    void aReceiptPrinterNobodyListensForFailsNamingTheDeviceAndTheReason() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path config = temp.resolve("kiosk.yaml");
        Files.writeString(config, """
                devices:
                  - id: slip-printer
                    kind: receipt-printer
                    transport: tcp
                    host: 127.0.0.1
                    port: %d
                    timeoutMillis: 2000
                  - id: light
                    kind: status-light
                    mode: simulated
                """.formatted(port));
        Run r = run("doctor", "--config", config.toString());
        assertEquals(DoctorCommand.DEVICE_FAILED, r.exit(), r.out() + r.err());
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("slip-printer ") && l.contains("DISCONNECTED (unreachable)")),
                r.out());
        assertTrue(r.err().contains("slip-printer failed: DISCONNECTED (unreachable)"), r.err());
        assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
        assertFalse(r.err().contains("light failed"), r.err());
    }

    @Test
    void aMistakeInTheDevicesListIsAUsageErrorNamingFileAndField() throws Exception {
        Path config = temp.resolve("devices.yaml");
        Files.writeString(config, "devices:\n  - id: x\n    kind: fax\n");
        Run r = run("doctor", "--config", config.toString());
        assertEquals(DoctorCommand.USAGE, r.exit());
        assertTrue(r.err().contains(config + ": devices[0].kind: unknown kind 'fax'"), r.err());
        assertEquals(DoctorCommand.USAGE, run("doctor").exit());
    }
}
