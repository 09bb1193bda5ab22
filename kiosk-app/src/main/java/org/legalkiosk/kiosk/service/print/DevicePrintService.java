package org.legalkiosk.kiosk.service.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.legalkiosk.booking.print.FormPdf;
import org.legalkiosk.booking.print.PdfPageSize;
import org.legalkiosk.booking.print.PdfSlipRenderer;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.booking.print.SlipContent;
import org.legalkiosk.devices.a4.DocumentPrintException;
import org.legalkiosk.devices.a4.DocumentPrinter;
import org.legalkiosk.devices.printer.PrintFailedException;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Printing through the device layer: a slip goes to the receipt printer (ESC/POS) and, when that printer is not
 * ready or fails, to the A4 printer as a PDF; a self-check result is rendered as a PDF for the A4 printer; anything
 * else is "not printed" with the reason for the log. Rendering happens here, on the caller's (background) thread, so
 * screens hand over what to print and never a file format. Printers
 * are looked up on every call because the device manager reconnects them in the background.
 */
public final class DevicePrintService implements PrintService {

    private static final Logger LOG = LoggerFactory.getLogger(DevicePrintService.class);
    /** Never personal data: print queues are listed to anyone on the host. */
    private static final String SLIP_JOB_TITLE = "booking-slip";

    private final Supplier<Optional<ReceiptPrinter>> receipt;
    private final Supplier<Optional<DocumentPrinter>> a4;
    private final ReceiptPaper paper;
    private final ReceiptSlipRenderer receiptRenderer = new ReceiptSlipRenderer();
    private final PdfSlipRenderer pdfRenderer = new PdfSlipRenderer();

    public DevicePrintService(
            Supplier<Optional<ReceiptPrinter>> receipt, Supplier<Optional<DocumentPrinter>> a4, ReceiptPaper paper) {
        this.receipt = receipt;
        this.a4 = a4;
        this.paper = paper;
    }

    @Override
    public PrintOutcome printSlip(SlipContent slip) {
        String receiptProblem = "no receipt printer";
        Optional<ReceiptPrinter> printer = receipt.get();
        if (printer.isPresent()) {
            if (printer.get().status().isReady()) {
                try {
                    printer.get().print(receiptRenderer.render(slip, paper));
                    return PrintOutcome.ok();
                } catch (PrintFailedException e) {
                    receiptProblem = "receipt printer: " + e.getMessage();
                }
            } else {
                receiptProblem = "receipt printer: " + printer.get().status().description();
            }
            LOG.warn("Slip not printed on the receipt printer ({}); trying A4", receiptProblem);
        }
        PrintOutcome onA4 = printA4(pdfRenderer.render(slip, PdfPageSize.A4), SLIP_JOB_TITLE);
        return onA4.printed() ? onA4 : PrintOutcome.notPrinted(receiptProblem + "; " + onA4.problem());
    }

    @Override
    public PrintOutcome printSelfCheckResult(SelfCheckResultPdf.Page page, String title) {
        byte[] pdf;
        try {
            pdf = new SelfCheckResultPdf().render(page);
        } catch (RuntimeException e) {
            LOG.warn("Self-check result not rendered", e);
            return PrintOutcome.notPrinted("cannot render the self-check result: " + e.getMessage());
        }
        return printA4(pdf, title);
    }

    @Override
    public PrintOutcome printForm(FormPdf.Document form, String title) {
        byte[] pdf;
        try {
            pdf = new FormPdf().render(form);
        } catch (RuntimeException e) {
            LOG.warn("Form {} not rendered", form.number(), e);
            return PrintOutcome.notPrinted("cannot render the form: " + e.getMessage());
        }
        return printA4(pdf, title);
    }

    @Override
    public boolean a4Ready() {
        return a4.get().map(p -> p.status().isReady()).orElse(false);
    }

    /** Prints a ready-made A4 PDF under a job title shown in the print queue. */
    PrintOutcome printA4(byte[] pdf, String title) {
        Optional<DocumentPrinter> printer = a4.get();
        if (printer.isEmpty()) {
            return PrintOutcome.notPrinted("no A4 printer");
        }
        if (!printer.get().status().isReady()) {
            return PrintOutcome.notPrinted(
                    "A4 printer: " + printer.get().status().description());
        }
        Path file = null;
        try {
            file = Files.createTempFile("legalkiosk-print-", ".pdf");
            Files.write(file, pdf);
            printer.get().print(file, title);
            return PrintOutcome.ok();
        } catch (DocumentPrintException e) {
            LOG.warn("A4 document not printed: {}", e.getMessage());
            return PrintOutcome.notPrinted("A4 printer: " + e.getMessage());
        } catch (IOException e) {
            LOG.warn("A4 document not printed: {}", e.toString());
            return PrintOutcome.notPrinted("cannot write the document for printing");
        } finally {
            deleteQuietly(file);
        }
    }

    @Override
    public boolean anyPrinterReady() {
        return receipt.get().map(p -> p.status().isReady()).orElse(false)
                || a4.get().map(p -> p.status().isReady()).orElse(false);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            // The queue has its own copy once print() returns (CUPS spools the file on submission).
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}: {}", file, e.toString());
        }
    }
}
