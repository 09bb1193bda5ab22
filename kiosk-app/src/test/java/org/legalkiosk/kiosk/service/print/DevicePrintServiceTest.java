package org.legalkiosk.kiosk.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.booking.print.SlipContent;
import org.legalkiosk.booking.print.SlipLanguage;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.printer.SimulatedReceiptPrinter;

/** Which printer a slip or a self-check result goes to, and what the screen is told when none can print it. */
class DevicePrintServiceTest {

    private final SimulatedReceiptPrinter receipt = new SimulatedReceiptPrinter("receipt", Clock.systemUTC());
    private final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", Clock.systemUTC());
    private final DevicePrintService both =
            new DevicePrintService(() -> Optional.of(receipt), () -> Optional.of(a4), ReceiptPaper.MM_58);

    private static SlipContent slip() {
        return new SlipContent(
                "城关镇司法所",
                "人民路 1 号",
                "0931-1234567",
                "法律援助",
                LocalDateTime.of(2026, 12, 1, 9, 0),
                "LXT-29F",
                List.of("身份证"),
                "王**",
                "620102********1234",
                "138****5678",
                SlipLanguage.ZH);
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
        assertTrue(
                outcome.problem().contains("receipt printer")
                        && outcome.problem().contains("A4"),
                outcome.problem());
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
    void aSelfCheckResultIsRenderedHereAndPrintedOnA4() throws Exception {
        SelfCheckResultPdf.Page page = new SelfCheckResultPdf.Page(
                "法律援助自测结果：法律援助自测",
                "2026年11月28日",
                "您很可能可以申请法律援助",
                "您是讨要劳动报酬的农民工。",
                "依据",
                List.of("法律援助法 第四十二条"),
                "请带上",
                List.of("工资条"),
                Optional.empty(),
                "县法律援助中心",
                "由法律援助机构决定。");
        assertTrue(both.printSelfCheckResult(page, "法律援助自测结果").printed());
        assertTrue(receipt.printedDocuments().isEmpty(), "a result is an A4 page, never a receipt");
        try (PDDocument doc = Loader.loadPDF(a4.printedDocuments().get(0))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("您很可能可以申请法律援助"), text);
            assertTrue(text.contains("2026年11月28日"), text);
            assertTrue(text.contains("法律援助法第四十二条"), text);
            assertTrue(text.contains("工资条"), text);
        }
    }

    @Test
    void aSelfCheckResultWithoutAnA4PrinterIsNotPrinted() {
        DevicePrintService receiptOnly =
                new DevicePrintService(() -> Optional.of(receipt), Optional::empty, ReceiptPaper.MM_58);
        SelfCheckResultPdf.Page page = new SelfCheckResultPdf.Page(
                "t", "d", "v", "e", "b", List.of(), "c", List.of(), Optional.empty(), "w", "x");
        PrintOutcome outcome = receiptOnly.printSelfCheckResult(page, "t");
        assertFalse(outcome.printed());
        assertTrue(outcome.problem().contains("no A4 printer"), outcome.problem());
        assertTrue(receipt.printedDocuments().isEmpty());
    }

    @Test
    void anA4DocumentIsHandedToTheQueue() {
        assertTrue(both.printA4("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), "self-check")
                .printed());
        assertEquals(1, a4.printedDocuments().size());
    }
}
