package org.legalkiosk.devices.printer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/**
 * The receipt printer's twin for the demo and tests: keeps every printed slip, and its faults are switched
 * on and off by hand ({@code paperOut(true)}, {@code coverOpen(true)}, {@code unplug()}). It reports the
 * same states and reason codes as {@link EscPosPrinter}.
 */
public final class SimulatedReceiptPrinter extends TrackedDevice implements ReceiptPrinter {

    private final EscPosEncoder encoder = new EscPosEncoder();
    private final List<ReceiptDocument> printed = new ArrayList<>();
    private boolean paperOut;
    private boolean paperNearEnd;
    private boolean coverOpen;
    private boolean offline;
    private boolean unplugged;

    public SimulatedReceiptPrinter(String id, Clock clock) {
        super(id, clock, InitialStatus.READY);
    }

    @Override
    public synchronized DeviceStatus status() {
        if (unplugged) {
            return tracker().update(DeviceState.DISCONNECTED, "unreachable", "The simulated printer is unplugged");
        }
        EscPosStatus.Condition c =
                new EscPosStatus(offline, coverOpen, paperOut, paperNearEnd, false, false, false, false).condition();
        return tracker().update(c.state(), c.reason(), c.description());
    }

    @Override
    public synchronized PrintResult print(ReceiptDocument document) throws PrintFailedException {
        DeviceStatus before = status();
        if (unplugged) {
            throw new PrintFailedException("The printer is not connected (simulated unplug)", before);
        }
        if (paperOut || coverOpen || offline) {
            throw new PrintFailedException("Not printed: " + before.description(), before);
        }
        printed.add(document);
        return new PrintResult(encoder.encode(document).length, status());
    }

    public synchronized List<ReceiptDocument> printedDocuments() {
        return List.copyOf(printed);
    }

    public synchronized void paperOut(boolean on) {
        paperOut = on;
        status();
    }

    public synchronized void paperNearEnd(boolean on) {
        paperNearEnd = on;
        status();
    }

    public synchronized void coverOpen(boolean on) {
        coverOpen = on;
        status();
    }

    public synchronized void offline(boolean on) {
        offline = on;
        status();
    }

    public synchronized void unplug() {
        unplugged = true;
        status();
    }

    public synchronized void replug() {
        unplugged = false;
        status();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
