package org.legalkiosk.kiosk.service.print;

import org.legalkiosk.booking.print.ColumnWrapper;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.print.SlipContent;
import org.legalkiosk.booking.print.SlipText;
import org.legalkiosk.devices.printer.Alignment;
import org.legalkiosk.devices.printer.QrErrorLevel;
import org.legalkiosk.devices.printer.ReceiptDocument;

/**
 * Lays a booking slip out for a receipt printer as a {@link ReceiptDocument}; how the document reaches paper
 * (ESC/POS over serial or TCP, the simulator) is the printer's business. It lives here, not in the booking module,
 * because it builds the device layer's document and booking knows no devices. Lines are wrapped here rather than
 * by the printer so a word or a masked number is never split mid-way and centred lines stay centred.
 */
final class ReceiptSlipRenderer {

    private static final String BULLET = "- ";

    public ReceiptDocument render(SlipContent slip, ReceiptPaper paper) {
        SlipText text = SlipText.of(slip.language());
        int columns = paper.columns();
        ReceiptDocument.Builder doc = ReceiptDocument.builder();

        doc.normal().align(Alignment.CENTER).bold(true);
        fitted(doc, text.title(), columns);
        doc.normal().align(Alignment.CENTER).bold(true);
        wrapped(doc, slip.officeName(), columns, "");
        doc.normal();
        wrapped(doc, text.address() + slip.officeAddress(), columns, "  ");
        wrapped(doc, text.phone() + slip.officePhone(), columns, "  ");
        doc.line(rule(columns));
        wrapped(doc, text.service() + slip.serviceName(), columns, "  ");
        doc.bold(true);
        wrapped(doc, text.time() + text.timeFormat().format(slip.appointmentTime()), columns, "  ");
        doc.normal().align(Alignment.CENTER).line(text.code()).bold(true);
        fitted(doc, slip.bookingCode(), columns);
        doc.normal().align(Alignment.CENTER).qr(slip.bookingCode(), paper.qrModuleSize(), QrErrorLevel.M);
        doc.normal();
        if (!slip.whatToBring().isEmpty()) {
            doc.line(rule(columns)).line(text.bring());
            for (String item : slip.whatToBring()) {
                wrapped(doc, BULLET + item, columns, " ".repeat(BULLET.length()));
            }
        }
        doc.line(rule(columns));
        doc.line(text.name() + slip.maskedName());
        doc.line(text.idNumber() + slip.maskedIdNumber());
        doc.line(text.mobile() + slip.maskedPhone());
        doc.line(rule(columns));
        wrapped(doc, text.keep(), columns, "");
        doc.align(Alignment.CENTER).bold(true);
        wrapped(doc, text.hotline(), columns, "");
        return doc.normal().feed(3).cut().build();
    }

    /** Prints a short line double size when it fits, else double height only, else wrapped at normal size. */
    private static void fitted(ReceiptDocument.Builder doc, String line, int columns) {
        int width = ColumnWrapper.width(line);
        if (width * 2 <= columns) {
            doc.size(2, 2).line(line);
        } else if (width <= columns) {
            doc.size(1, 2).line(line);
        } else {
            wrapped(doc, line, columns, "");
        }
    }

    private static void wrapped(ReceiptDocument.Builder doc, String line, int columns, String indent) {
        for (String part : ColumnWrapper.wrap(line, columns, indent)) {
            doc.line(part);
        }
    }

    private static String rule(int columns) {
        return "-".repeat(columns);
    }
}
