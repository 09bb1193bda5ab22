package org.legalkiosk.kiosk.service.print;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;
import org.legalkiosk.kiosk.booking.print.ReceiptPaper;
import org.legalkiosk.kiosk.booking.print.SlipContent;
import org.legalkiosk.kiosk.booking.print.SlipLanguage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which printer a slip goes to, and what the screen is told when none can print it. */
class DevicePrintServiceTest {

    private final SimulatedReceiptPrinter receipt = new SimulatedReceiptPrinter("receipt", Clock.systemUTC());
    private final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", Clock.systemUTC());
    private final DevicePrintService both = new DevicePrintService(() -> Optional.of(receipt), () -> Optional.of(a4),
            ReceiptPaper.MM_58);

    private static SlipContent slip() {
        return new SlipContent("城关镇司法所", "人民路 1 号", "0931-1234567", "法律援助", LocalDateTime.of(2026, 12, 1, 9, 0),
                "LXT-29F", List.of("身份证"), "王**", "620102********1234", "138****5678", SlipLanguage.ZH);
    }

    @Test
    void aSlipGoesToTheReceiptPrinterFirst() {
        assertTrue(both.anyPrinterReady());
        assertEquals(PrintOutcome.ok(), both.printSlip(slip()));
        assertEquals(1, receipt.printedDocuments().size());
        assertTrue(a4.printedDocuments().isEmpty());
    }

    @Test
    void withoutPaperOnTheReceiptPrinterTheSlipGoesToA4AsAPdf() {
        receipt.paperOut(true);
        assertTrue(both.printSlip(slip()).printed());
        assertTrue(receipt.printedDocuments().isEmpty());
        byte[] pdf = a4.printedDocuments().get(0);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void withNoPrinterAbleToPrintTheAnswerSaysWhy() {
        receipt.paperOut(true);
        a4.paperOut(true);
        PrintOutcome outcome = both.printSlip(slip());
        assertFalse(outcome.printed());
        assertTrue(outcome.problem().contains("receipt printer") && outcome.problem().contains("A4"), outcome.problem());
        assertFalse(both.anyPrinterReady());
    }

    @Test
    void aTerminalWithoutPrintersNeverPrints() {
        DevicePrintService none = new DevicePrintService(Optional::empty, Optional::empty, ReceiptPaper.MM_80);
        assertFalse(none.printSlip(slip()).printed());
        assertFalse(none.printA4(new byte[] {1}, "t").printed());
        assertFalse(none.anyPrinterReady());
    }

    @Test
    void anA4DocumentIsHandedToTheQueue() {
        assertTrue(both.printA4("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), "self-check").printed());
        assertEquals(1, a4.printedDocuments().size());
    }
}
