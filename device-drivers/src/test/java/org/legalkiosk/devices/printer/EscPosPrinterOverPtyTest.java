package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceMode;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.idcard.SocatPair;
import org.legalkiosk.devices.idcard.Waits;
import org.legalkiosk.devices.manager.DeviceFactories;
import org.legalkiosk.devices.manager.DeviceManager;

/**
 * The real driver over its serial transport and its device-file transport (the pty standing in for
 * /dev/usb/lp0 of a bidirectional USB printer), with a printer on the far end of a socat cable.
 */
class EscPosPrinterOverPtyTest {

    @TempDir
    Path temp;

    private Path driverEnd;
    private Path deviceEnd;
    private SocatPair cable;
    private PtyPrinter printer;

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(SocatPair.available(), SocatPair.MISSING);
        driverEnd = temp.resolve("lp0");
        deviceEnd = temp.resolve("printer");
    }

    @AfterEach
    void unplug() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    private static Function<Path, PrinterTransport> transport(String kind) {
        Duration timeout = Duration.ofMillis(500);
        return switch (kind) {
            case "serial" ->
                path -> new SerialTransport(path.toString(), 9600, false, timeout, timeout.multipliedBy(5));
            case "file" -> path -> new DeviceFileTransport(path, timeout);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"serial", "file"})
    void theSlipThatArrivesIsTheSlipThatWasSent(String kind) throws Exception {
        cable = SocatPair.start(driverEnd, deviceEnd);
        printer = PtyPrinter.start(cable.deviceEnd());
        try (EscPosPrinter escPos = new EscPosPrinter("receipt", transport(kind).apply(driverEnd), Clock.systemUTC())) {
            assertEquals(DeviceState.READY, escPos.status().state());
            assertEquals("", escPos.status().reason(), "the pty printer answers status queries");
            escPos.print(TestSlips.fullSlip());
            assertEquals(List.of(TestSlips.fullSlip()), printer.awaitReceipts(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serial", "file"})
    void pullingTheCableMidSlipFailsThePrintAndTheManagerSeesItComeBack(String kind) throws Exception {
        cable = SocatPair.start(driverEnd, deviceEnd);
        SocatPair first = cable;
        printer = PtyPrinter.start(cable.deviceEnd(), 300, first::close);
        List<DeviceStatus> heard = new CopyOnWriteArrayList<>();
        DeviceFactories factories = DeviceFactories.builder()
                .register(
                        DeviceKind.RECEIPT_PRINTER,
                        DeviceMode.REAL,
                        c -> new EscPosPrinter(c.id(), transport(kind).apply(driverEnd), Clock.systemUTC()))
                .build();
        try (DeviceManager manager = new DeviceManager(
                List.of(new DeviceConfig("receipt", DeviceKind.RECEIPT_PRINTER, DeviceMode.REAL, null)),
                factories,
                Clock.systemUTC())) {
            manager.addListener(heard::add);
            manager.checkNow();
            assertEquals(
                    DeviceState.READY, manager.status("receipt").orElseThrow().state());
            ReceiptPrinter escPos =
                    manager.device("receipt", ReceiptPrinter.class).orElseThrow();

            PrintFailedException e = assertThrows(PrintFailedException.class, () -> escPos.print(TestSlips.longSlip()));
            assertEquals(DeviceState.DISCONNECTED, e.status().state());
            assertTrue(e.getMessage().startsWith("The slip may be incomplete"), e.getMessage());
            assertTrue(Waits.until(() -> manager.status("receipt").orElseThrow().state() == DeviceState.DISCONNECTED));

            printer.close();
            cable = SocatPair.start(driverEnd, deviceEnd);
            printer = PtyPrinter.start(cable.deviceEnd());
            manager.checkNow();
            assertEquals(
                    DeviceState.READY, manager.status("receipt").orElseThrow().state());
            assertTrue(
                    heard.stream()
                            .map(DeviceStatus::state)
                            .toList()
                            .containsAll(List.of(DeviceState.READY, DeviceState.DISCONNECTED)),
                    heard.toString());
            assertEquals(DeviceState.READY, heard.get(heard.size() - 1).state());

            escPos.print(TestSlips.shortSlip("插回来了"));
            assertEquals(List.of(TestSlips.shortSlip("插回来了")), printer.awaitReceipts(1));
        }
    }
}
