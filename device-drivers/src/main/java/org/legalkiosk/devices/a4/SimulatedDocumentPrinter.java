package org.legalkiosk.devices.a4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/**
 * The A4 printer's twin: keeps every printed PDF's bytes, and reports the same reasons as {@link CupsPrinter}
 * when a test or the demo panel sets {@link #paperOut}, {@link #stop} or {@link #unplug}.
 */
public final class SimulatedDocumentPrinter extends TrackedDevice implements DocumentPrinter {

    private final List<byte[]> printed = new ArrayList<>();
    private boolean paperOut;
    private String stoppedBecause;
    private boolean unplugged;
    private int jobs;

    public SimulatedDocumentPrinter(String id, Clock clock) {
        super(id, clock, InitialStatus.READY);
    }

    @Override
    public synchronized PrintJob print(Path pdf, String title) throws DocumentPrintException {
        DeviceStatus now = status();
        if (now.state() != DeviceState.READY) {
            throw new DocumentPrintException("Not printed: " + now.description(), now);
        }
        try {
            printed.add(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new DocumentPrintException("Cannot read " + pdf + ": " + e.getMessage(), now);
        }
        return new PrintJob("SIM-" + ++jobs, "simulated");
    }

    public synchronized List<byte[]> printedDocuments() {
        return List.copyOf(printed);
    }

    public synchronized void paperOut(boolean on) {
        paperOut = on;
    }

    /** Stops the queue as {@code cupsdisable -r because} would; {@code null} starts it again. */
    public synchronized void stop(String because) {
        stoppedBecause = because;
    }

    public synchronized void unplug() {
        unplugged = true;
    }

    public synchronized void plugIn() {
        unplugged = false;
    }

    @Override
    public synchronized DeviceStatus status() {
        QueueState.Verdict verdict;
        if (unplugged) {
            verdict = new QueueState("stopped", List.of("offline-report"), "", true).verdict();
        } else if (paperOut) {
            verdict = new QueueState("stopped", List.of("media-empty-error"), "", true).verdict();
        } else if (stoppedBecause != null) {
            verdict = new QueueState("stopped", List.of("paused"), stoppedBecause, true).verdict();
        } else {
            verdict = new QueueState("idle", List.of("none"), "", true).verdict();
        }
        return tracker().update(verdict.state(), verdict.reason(), verdict.description());
    }

    @Override
    public void close() {
        // nothing held
    }
}
