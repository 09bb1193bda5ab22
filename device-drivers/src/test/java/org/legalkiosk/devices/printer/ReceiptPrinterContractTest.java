package org.legalkiosk.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceState;

/** What every receipt printer does, real or simulated; one subclass per implementation. */
abstract class ReceiptPrinterContractTest {

    /** A printer with hands on its faults. */
    interface Rig extends AutoCloseable {
        ReceiptPrinter printer();

        void paperOut(boolean on);

        void coverOpen(boolean on);

        void paperNearEnd(boolean on);

        void unplug();

        void replug() throws Exception;

        List<ReceiptDocument> printed() throws Exception;

        @Override
        void close();
    }

    protected abstract Rig newRig() throws Exception;

    private Rig rig;

    @BeforeEach
    void setUp() throws Exception {
        rig = newRig();
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void isAReadyReceiptPrinter() {
        assertEquals(DeviceKind.RECEIPT_PRINTER, rig.printer().kind());
        assertEquals("receipt", rig.printer().id());
        assertEquals(DeviceState.READY, rig.printer().status().state());
    }

    @Test
    void printsTheSlipItIsGiven() throws Exception {
        rig.printer().print(TestSlips.fullSlip());

        assertEquals(List.of(TestSlips.fullSlip()), rig.printed());
    }

    @Test
    void refusesToPrintWithoutPaperAndSaysWhy() throws Exception {
        rig.paperOut(true);

        PrintFailedException e =
                assertThrows(PrintFailedException.class, () -> rig.printer().print(TestSlips.shortSlip("x")));

        assertEquals(DeviceState.NEEDS_ATTENTION, e.status().state());
        assertEquals("paper-out", e.status().reason());
        assertEquals(List.of(), rig.printed());
    }

    @Test
    void reportsACoverOpenAndRecoversWhenItCloses() {
        rig.coverOpen(true);
        assertEquals("cover-open", rig.printer().status().reason());

        rig.coverOpen(false);

        assertEquals(DeviceState.READY, rig.printer().status().state());
    }

    @Test
    void printsWhenThePaperIsNearlyUsedUp() throws Exception {
        rig.paperNearEnd(true);

        PrintResult result = rig.printer().print(TestSlips.shortSlip("快用完了"));

        assertEquals("paper-near-end", result.statusAfter().reason());
        assertEquals(1, rig.printed().size());
    }

    @Test
    void isDisconnectedWhenUnpluggedAndReadyAfterReplug() throws Exception {
        rig.unplug();
        assertEquals(DeviceState.DISCONNECTED, rig.printer().status().state());
        PrintFailedException e =
                assertThrows(PrintFailedException.class, () -> rig.printer().print(TestSlips.shortSlip("x")));
        assertEquals(DeviceState.DISCONNECTED, e.status().state());

        rig.replug();

        assertEquals(DeviceState.READY, rig.printer().status().state());
    }
}
