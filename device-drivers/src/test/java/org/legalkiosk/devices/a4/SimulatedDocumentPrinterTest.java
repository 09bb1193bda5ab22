package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceState;

class SimulatedDocumentPrinterTest {

    @TempDir
    Path temp;

    @Test
    void keepsWhatItPrintsAndRefusesWhenOutOfPaper() throws Exception {
        Path pdf = temp.resolve("a.pdf");
        byte[] bytes = TestPage.pdf(List.of("hello"));
        Files.write(pdf, bytes);
        SimulatedDocumentPrinter printer = new SimulatedDocumentPrinter("a4", Clock.systemUTC());
        assertEquals("SIM-1", printer.print(pdf, "t").jobId());
        assertArrayEquals(bytes, printer.printedDocuments().get(0));

        printer.paperOut(true);
        DocumentPrintException e = assertThrows(DocumentPrintException.class, () -> printer.print(pdf, "t"));
        assertEquals("paper-out", e.status().reason());
        printer.paperOut(false);
        printer.stop("being serviced");
        assertEquals(DeviceState.NEEDS_ATTENTION, printer.status().state());
        printer.stop(null);
        printer.unplug();
        assertEquals(DeviceState.DISCONNECTED, printer.status().state());
        printer.plugIn();
        assertEquals(DeviceState.READY, printer.status().state());
    }

    @Test
    void theTestPageIsAPdfWhoseCrossReferencesPointAtItsObjects() {
        byte[] pdf = TestPage.pdf(List.of("Legal Kiosk (test)", "村"));
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("%PDF-1.4\n") && text.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        assertTrue(text.startsWith("xref", xref));
        String[] entries = text.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
            assertTrue(text.startsWith(object + " 0 obj", offset), "object " + object);
        }
        assertTrue(text.contains("(Legal Kiosk \\(test\\)) Tj") && text.contains("(?) Tj"));
    }
}
