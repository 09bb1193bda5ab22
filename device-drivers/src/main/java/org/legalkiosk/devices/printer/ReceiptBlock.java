package org.legalkiosk.devices.printer;

/** One element of a slip, independent of how it reaches the printer. */
public sealed interface ReceiptBlock {

    /** One printed line (the printer wraps it if it is wider than the paper). */
    record TextLine(String text, TextStyle style) implements ReceiptBlock {
        public TextLine {
            if (text == null || style == null) {
                throw new IllegalArgumentException("text and style are required");
            }
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a text line must not contain line breaks");
            }
        }
    }

    /**
     * A QR code (model 2) of a UTF-8 payload.
     *
     * @param moduleSize dots per module, 1..16
     */
    record QrCode(String payload, int moduleSize, QrErrorLevel errorLevel, Alignment alignment)
            implements ReceiptBlock {
        public QrCode {
            if (payload == null || payload.isEmpty() || errorLevel == null || alignment == null) {
                throw new IllegalArgumentException("payload, error level and alignment are required");
            }
            if (moduleSize < 1 || moduleSize > 16) {
                throw new IllegalArgumentException("QR module size must be 1..16, was " + moduleSize);
            }
        }
    }

    /** A black-and-white raster image. */
    record Image(MonoImage image, Alignment alignment) implements ReceiptBlock {
        public Image {
            if (image == null || alignment == null) {
                throw new IllegalArgumentException("image and alignment are required");
            }
        }
    }

    /** Blank paper, in lines ({@code ESC d n}). */
    record Feed(int lines) implements ReceiptBlock {
        public Feed {
            if (lines < 0 || lines > 255) {
                throw new IllegalArgumentException("feed must be 0..255 lines, was " + lines);
            }
        }
    }

    /** Cut the paper ({@code GS V}). */
    record Cut(boolean partial) implements ReceiptBlock {}
}
