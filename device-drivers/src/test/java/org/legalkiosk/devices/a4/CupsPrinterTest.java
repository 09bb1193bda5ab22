package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;

/** The driver against a real cupsd with a cups-pdf queue: what goes in comes out as a PDF in /root/PDF. */
class CupsPrinterTest {

    private static final String QUEUE = "LegalKioskTest";
    private static CupsServer cups;

    @TempDir
    Path temp;

    @BeforeAll
    static void startCups() throws Exception {
        cups = CupsServer.startWithPdfQueue(QUEUE);
    }

    @AfterAll
    static void stopCups() throws Exception {
        if (cups != null) {
            cups.close();
        }
    }

    private static CupsPrinter printer(String queue) {
        return new CupsPrinter("a4", CupsPrinter.Settings.local(queue), Clock.systemUTC());
    }

    @Test
    void printsAPdfThatComesOutOfTheQueue() throws Exception {
        Path pdf = temp.resolve("page.pdf");
        Files.write(pdf, TestPage.pdf(List.of("Legal Kiosk test page")));
        String title = "lk-test-" + System.nanoTime();
        try (CupsPrinter printer = printer(QUEUE)) {
            assertEquals(DeviceState.READY, printer.status().state());
            PrintJob job = printer.print(pdf, title);
            assertTrue(job.jobId().startsWith(QUEUE + "-"), job.jobId());
            assertEquals(QUEUE, job.queue());
        }
        Path out = awaitOutput(title);
        String head = new String(Files.readAllBytes(out), 0, 5, StandardCharsets.US_ASCII);
        assertEquals("%PDF-", head);
    }

    @Test
    void aStoppedQueueNeedsAttentionWithTheAdminsReason() throws Exception {
        try (CupsPrinter printer = printer(QUEUE)) {
            cups.run("cupsdisable", "-r", "toner being replaced", QUEUE);
            try {
                DeviceStatus status = printer.status();
                assertEquals(DeviceState.NEEDS_ATTENTION, status.state());
                assertEquals("stopped", status.reason());
                assertTrue(status.description().contains("toner being replaced"), status.description());
            } finally {
                cups.run("cupsenable", QUEUE);
            }
            assertEquals(DeviceState.READY, printer.status().state());
        }
    }

    @Test
    void anUnknownQueueIsDisconnectedAndRefusesToPrint() throws Exception {
        Path pdf = temp.resolve("page.pdf");
        Files.write(pdf, TestPage.pdf(List.of("never printed")));
        try (CupsPrinter printer = printer("NoSuchQueue")) {
            DeviceStatus status = printer.status();
            assertEquals(DeviceState.DISCONNECTED, status.state());
            assertEquals("no-queue", status.reason());
            assertThrows(DocumentPrintException.class, () -> printer.print(pdf, "never"));
        }
    }

    /** cups-pdf names its file after the job title; waits (boundedly) until it is written completely. */
    private static Path awaitOutput(String title) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Path> newest = newestWith(title);
            if (newest.isPresent()
                    && new String(Files.readAllBytes(newest.get()), StandardCharsets.ISO_8859_1)
                            .stripTrailing()
                            .endsWith("%%EOF")) {
                return newest.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF named after " + title + " appeared in " + CupsServer.OUTPUT);
    }

    private static Optional<Path> newestWith(String title) throws Exception {
        if (!Files.isDirectory(CupsServer.OUTPUT)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(CupsServer.OUTPUT)) {
            return files.filter(f -> f.getFileName().toString().contains(title))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        }
    }
}
