package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;

/**
 * A CUPS queue in front of an IPP Everywhere printer (ippeveprinter) whose tray runs empty: CUPS copies the
 * printer's {@code media-empty} reason onto the queue while it sends a job, and the driver reads it from the queue.
 * Refilling cannot be played with ippeveprinter (see {@link IppEvePrinter}); {@link QueueStateTest} covers the
 * reasons clearing.
 */
class CupsPaperOutTest {

    private static final String QUEUE = "LegalKioskPaperTest";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static CupsServer cups;
    private static IppEvePrinter printer;

    @BeforeAll
    static void start() throws Exception {
        printer = IppEvePrinter.start(dir, "LegalKioskPaperTest");
        cups = CupsServer.startWithQueue(QUEUE, printer.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cups != null) {
            cups.close();
        }
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aPrinterWhoseTrayRanEmptyIsPaperOutAndHoldsTheNextJob() throws Exception {
        Path pdf = dir.resolve("page.pdf");
        Files.write(pdf, TestPage.pdf(List.of("Legal Kiosk paper test")));
        try (CupsPrinter a4 = new CupsPrinter("a4", CupsPrinter.Settings.local(QUEUE), Clock.systemUTC())) {
            assertEquals(DeviceState.READY, a4.status().state(), "paper in the tray before the first job");

            a4.print(pdf, "tray runs empty");
            DeviceStatus out = await(a4, s -> s.reason().equals("paper-out"));
            assertEquals(DeviceState.NEEDS_ATTENTION, out.state());
            assertEquals("The printer is out of paper", out.description());

            // CUPS still takes the job, but the printer waits for paper: the queue keeps saying so
            a4.print(pdf, "waits for paper");
            DeviceStatus waiting = a4.status();
            assertEquals(DeviceState.NEEDS_ATTENTION, waiting.state());
            assertEquals("paper-out", waiting.reason());
        }
    }

    /** Asks the driver until its status matches; CUPS passes the printer's reasons on once its job reached it. */
    private static DeviceStatus await(CupsPrinter a4, Predicate<DeviceStatus> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        DeviceStatus status = a4.status();
        while (!wanted.test(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the queue still says " + status + " after " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(200);
            status = a4.status();
        }
        return status;
    }
}
