package org.legalkiosk.booking.print;

/**
 * Receipt paper widths, as the number of half-width characters (12x24 font) that fit on one line; a Chinese
 * character takes two.
 */
public enum ReceiptPaper {
    MM_58(32, 6),
    MM_80(48, 8);

    private final int columns;
    private final int qrModuleSize;

    ReceiptPaper(int columns, int qrModuleSize) {
        this.columns = columns;
        this.qrModuleSize = qrModuleSize;
    }

    public int columns() {
        return columns;
    }

    /** Dots per QR module: large enough for a phone camera, small enough to fit the head. */
    public int qrModuleSize() {
        return qrModuleSize;
    }
}
