package org.legalkiosk.booking.print;

/** Page sizes a PDF slip is rendered for. */
public enum PdfPageSize {
    /** For the A4 printer or an on-screen preview. */
    A4,
    /** An 80 mm receipt roll; the page is as long as the slip. */
    RECEIPT_80MM
}
