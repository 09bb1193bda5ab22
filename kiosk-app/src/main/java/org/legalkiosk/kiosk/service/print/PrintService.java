package org.legalkiosk.kiosk.service.print;

import org.legalkiosk.booking.print.FormPdf;
import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.booking.print.SlipContent;

/**
 * Paper for the visitor: booking slips on the receipt printer and documents (the self-check result) on the A4
 * printer. The screens only ask for a document to be printed; which device, which transport and what to do when the
 * preferred printer is out of paper is decided here, so every screen can fall back to showing the document on
 * screen when the answer is not {@link PrintOutcome#printed()}.
 * <p>
 * Calls block while the printer works: screens call them off the JavaFX thread.
 */
public interface PrintService {

    /** Prints a booking slip (receipt printer first, then A4 when the receipt printer cannot). */
    PrintOutcome printSlip(SlipContent slip);

    /**
     * Prints a self-check result on A4 under a job title shown in the print queue (never personal data: the check
     * asks for none).
     */
    PrintOutcome printSelfCheckResult(SelfCheckResultPdf.Page page, String title);

    /**
     * Prints a filled-in form on the A4 printer only (a form on a receipt roll is no use at the office), under a job
     * title that is never personal data.
     */
    default PrintOutcome printForm(FormPdf.Document form, String title) {
        return PrintOutcome.notPrinted("no A4 printing on this terminal");
    }

    /** Whether the A4 printer is ready now, so the form screen can say up front when it cannot print. */
    default boolean a4Ready() {
        return false;
    }

    /** Whether any printer is ready now, so a screen can offer printing or say up front that it will show instead. */
    boolean anyPrinterReady();

    /** A terminal without printers: every request answers that nothing was printed. */
    PrintService NONE = new PrintService() {
        @Override
        public PrintOutcome printSlip(SlipContent slip) {
            return PrintOutcome.notPrinted("no printer on this terminal");
        }

        @Override
        public PrintOutcome printSelfCheckResult(SelfCheckResultPdf.Page page, String title) {
            return PrintOutcome.notPrinted("no printer on this terminal");
        }

        @Override
        public boolean anyPrinterReady() {
            return false;
        }
    };
}
