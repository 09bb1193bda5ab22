package org.legalkiosk.devices.printer;

import java.time.Clock;
import java.util.List;

class SimulatedReceiptPrinterContractTest extends ReceiptPrinterContractTest {

    @Override
    protected Rig newRig() {
        SimulatedReceiptPrinter printer = new SimulatedReceiptPrinter("receipt", Clock.systemUTC());
        return new Rig() {
            @Override
            public ReceiptPrinter printer() {
                return printer;
            }

            @Override
            public void paperOut(boolean on) {
                printer.paperOut(on);
            }

            @Override
            public void coverOpen(boolean on) {
                printer.coverOpen(on);
            }

            @Override
            public void paperNearEnd(boolean on) {
                printer.paperNearEnd(on);
            }

            @Override
            public void unplug() {
                printer.unplug();
            }

            @Override
            public void replug() {
                printer.replug();
            }

            @Override
            public List<ReceiptDocument> printed() {
                return printer.printedDocuments();
            }

            @Override
            public void close() {
                printer.close();
            }
        };
    }
}
