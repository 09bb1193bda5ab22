package org.legalkiosk.kiosk.ui.selfcheck;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.booking.print.SlipContent;
import org.legalkiosk.kiosk.service.print.PrintOutcome;
import org.legalkiosk.kiosk.service.print.PrintService;

/**
 * A printer that keeps every self-check result handed to it and answers as it is told: printed, not printed, or
 * failing outright.
 */
public final class RecordingPrinter implements PrintService {

    public enum Mode {
        PRINTS,
        OUT_OF_PAPER,
        FAILS
    }

    public record Job(SelfCheckResultPdf.Page page, String title) {}

    public final List<Job> jobs = new CopyOnWriteArrayList<>();
    private final Mode mode;

    public RecordingPrinter(Mode mode) {
        this.mode = mode;
    }

    @Override
    public PrintOutcome printSlip(SlipContent slip) {
        throw new AssertionError("the self-check prints A4 only");
    }

    @Override
    public PrintOutcome printSelfCheckResult(SelfCheckResultPdf.Page page, String title) {
        jobs.add(new Job(page, title));
        return switch (mode) {
            case PRINTS -> PrintOutcome.ok();
            case OUT_OF_PAPER -> PrintOutcome.notPrinted("paper out");
            case FAILS -> throw new IllegalStateException("CUPS is not running");
        };
    }

    @Override
    public boolean anyPrinterReady() {
        return mode == Mode.PRINTS;
    }
}
