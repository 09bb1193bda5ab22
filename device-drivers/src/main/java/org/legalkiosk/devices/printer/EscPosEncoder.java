package org.legalkiosk.devices.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns a {@link ReceiptDocument} into ESC/POS bytes for Epson-compatible Chinese receipt printers: a job
 * starts with {@code ESC @} and Chinese mode on ({@code FS &}), text goes out as GB18030, and style commands
 * are sent only when the style changes. Stateless and thread-safe.
 */
public final class EscPosEncoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte FS = 0x1C;
    static final byte DLE = 0x10;
    static final byte LF = 0x0A;

    public byte[] encode(ReceiptDocument document) {
        Writer out = new Writer();
        out.bytes(initialise());
        out.bytes(chineseModeOn());
        TextStyle current = TextStyle.NORMAL;
        for (ReceiptBlock block : document.blocks()) {
            if (block instanceof ReceiptBlock.TextLine line) {
                current = switchStyle(out, current, line.style());
                out.bytes(line.text().getBytes(GB18030));
                out.bytes(LF);
            } else if (block instanceof ReceiptBlock.QrCode qr) {
                current = switchStyle(out, current, current.aligned(qr.alignment()));
                out.bytes(qrCode(qr.payload(), qr.moduleSize(), qr.errorLevel()));
            } else if (block instanceof ReceiptBlock.Image image) {
                current = switchStyle(out, current, current.aligned(image.alignment()));
                out.bytes(raster(image.image()));
            } else if (block instanceof ReceiptBlock.Feed feed) {
                out.bytes(feed(feed.lines()));
            } else if (block instanceof ReceiptBlock.Cut cut) {
                out.bytes(cut(cut.partial()));
            }
        }
        return out.toByteArray();
    }

    private static TextStyle switchStyle(Writer out, TextStyle from, TextStyle to) {
        if (from.alignment() != to.alignment()) {
            out.bytes(align(to.alignment()));
        }
        if (from.bold() != to.bold()) {
            out.bytes(bold(to.bold()));
        }
        if (from.width() != to.width() || from.height() != to.height()) {
            out.bytes(size(to.width(), to.height()));
        }
        return to;
    }

    public static byte[] initialise() {
        return new byte[] {ESC, '@'};
    }

    public static byte[] chineseModeOn() {
        return new byte[] {FS, '&'};
    }

    public static byte[] chineseModeOff() {
        return new byte[] {FS, '.'};
    }

    public static byte[] align(Alignment alignment) {
        return new byte[] {ESC, 'a', (byte) alignment.ordinal()};
    }

    public static byte[] bold(boolean on) {
        return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
    }

    /** {@code GS ! n}: width multiplier in the high nibble, height in the low, both minus one. */
    public static byte[] size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("text size must be 1..8, was " + width + "x" + height);
        }
        return new byte[] {GS, '!', (byte) (((width - 1) << 4) | (height - 1))};
    }

    public static byte[] feed(int lines) {
        return new byte[] {ESC, 'd', (byte) lines};
    }

    public static byte[] cut(boolean partial) {
        return new byte[] {GS, 'V', (byte) (partial ? 1 : 0)};
    }

    /** Model 2, module size, error level, store the UTF-8 payload, print. */
    public static byte[] qrCode(String payload, int moduleSize, QrErrorLevel level) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        int storeLength = data.length + 3;
        if (storeLength > 0xFFFF) {
            throw new IllegalArgumentException("QR payload too long: " + data.length + " bytes");
        }
        Writer out = new Writer();
        out.bytes(GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0);
        out.bytes(GS, '(', 'k', 3, 0, 0x31, 0x43, moduleSize);
        out.bytes(GS, '(', 'k', 3, 0, 0x31, 0x45, 48 + level.ordinal());
        out.bytes(GS, '(', 'k', storeLength & 0xFF, storeLength >> 8, 0x31, 0x50, 0x30);
        out.bytes(data);
        out.bytes(GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30);
        return out.toByteArray();
    }

    /** {@code GS v 0}, normal scale. */
    public static byte[] raster(MonoImage image) {
        int x = image.bytesPerRow();
        int y = image.height();
        if (x > 0xFFFF || y > 0xFFFF) {
            throw new IllegalArgumentException("image too large for GS v 0: " + image);
        }
        Writer out = new Writer();
        out.bytes(GS, 'v', '0', 0, x & 0xFF, x >> 8, y & 0xFF, y >> 8);
        out.bytes(image.data());
        return out.toByteArray();
    }

    /** {@code DLE EOT n}: 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
    public static byte[] statusRequest(int n) {
        return new byte[] {DLE, 4, (byte) n};
    }

    /** {@code DLE ENQ 2}: clear a recoverable error and resume after clearing the buffer. */
    public static byte[] recoverClearingBuffer() {
        return new byte[] {DLE, 5, 2};
    }

    private static final class Writer extends ByteArrayOutputStream {

        void bytes(int... values) {
            for (int v : values) {
                write(v);
            }
        }

        void bytes(byte[] values) {
            writeBytes(values);
        }

        void bytes(byte value) {
            write(value);
        }
    }
}
