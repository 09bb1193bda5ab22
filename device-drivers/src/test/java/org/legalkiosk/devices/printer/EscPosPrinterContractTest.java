package org.legalkiosk.devices.printer;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.legalkiosk.devices.printer.emulator.EscPosEmulator;

/** The real driver over real TCP against the emulator. */
class EscPosPrinterContractTest extends ReceiptPrinterContractTest {

    @Override
    protected Rig newRig() throws IOException {
        EscPosEmulator emulator = EscPosEmulator.start(0);
        EscPosPrinter printer = new EscPosPrinter(
                "receipt",
                new TcpTransport(emulator.host(), emulator.port(), Duration.ofSeconds(2), Duration.ofSeconds(2)),
                Clock.systemUTC());
        return new Rig() {
            @Override
            public ReceiptPrinter printer() {
                return printer;
            }

            @Override
            public void paperOut(boolean on) {
                emulator.paperOut(on);
            }

            @Override
            public void coverOpen(boolean on) {
                emulator.coverOpen(on);
            }

            @Override
            public void paperNearEnd(boolean on) {
                emulator.paperNearEnd(on);
            }

            @Override
            public void unplug() {
                emulator.unplug();
            }

            @Override
            public void replug() throws IOException {
                emulator.replug();
            }

            @Override
            public List<ReceiptDocument> printed() throws InterruptedException {
                // a slip the driver reported as printed has been confirmed by a status reply after its cut,
                // so it is already decoded; the wait only guards against a hang
                return emulator.awaitReceipts(0, Duration.ofSeconds(1));
            }

            @Override
            public void close() {
                printer.close();
                emulator.close();
            }
        };
    }
}
