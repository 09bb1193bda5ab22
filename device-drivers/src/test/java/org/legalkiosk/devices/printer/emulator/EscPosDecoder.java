package org.legalkiosk.devices.printer.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.legalkiosk.devices.printer.Alignment;
import org.legalkiosk.devices.printer.EscPosEncoder;
import org.legalkiosk.devices.printer.MonoImage;
import org.legalkiosk.devices.printer.QrErrorLevel;
import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.TextStyle;

/**
 * Reads an ESC/POS byte stream the way a printer does and reports what would come out on paper as
 * {@link ReceiptBlock}s. Unknown commands are skipped, junk bytes are taken as text, and a stream that ends
 * in the middle of a command just ends: nothing here throws on bad input. Real-time requests
 * ({@code DLE EOT}, {@code DLE ENQ}) are handed to the {@link Sink} as they arrive, so it can answer at once.
 */
public final class EscPosDecoder {

    /** Where decoded output goes. */
    public interface Sink {

        void block(ReceiptBlock block);

        /** {@code DLE EOT n}: a printer answers with one status byte at once. */
        default void statusRequest(int n) {}

        /** {@code DLE ENQ n}: recover from an error. */
        default void recoverRequest(int n) {}
    }

    /** A raster bigger than this is skipped rather than held in memory (a real head is 576 dots wide). */
    private static final long MAX_RASTER_BYTES = 4L * 1024 * 1024;

    private final InputStream in;
    private final Sink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private Alignment alignment;
    private boolean bold;
    private int width;
    private int height;
    private boolean chineseMode = true;
    private int qrModuleSize;
    private QrErrorLevel qrLevel;
    private byte[] qrData;

    public EscPosDecoder(InputStream in, Sink sink) {
        this.in = in;
        this.sink = sink;
        reset();
    }

    private void reset() {
        alignment = Alignment.LEFT;
        bold = false;
        width = 1;
        height = 1;
        qrModuleSize = 3;
        qrLevel = QrErrorLevel.L;
        qrData = null;
    }

    /** Decodes until the stream ends, then prints any unterminated text as a last line. */
    public void run() throws IOException {
        try {
            int b;
            while ((b = in.read()) >= 0) {
                switch (b) {
                    case 0x0A -> flushLine(true);
                    case 0x0D, 0x0C, 0x00 -> {}
                    case 0x09 -> line.write(' ');
                    case 0x10 -> dle();
                    case 0x1B -> esc();
                    case 0x1C -> fs();
                    case 0x1D -> gs();
                    default -> {
                        if (b >= 0x20) {
                            line.write(b);
                        }
                    }
                }
            }
        } catch (Truncated e) {
            // the stream stopped in the middle of a command: keep what was complete
        }
        flushLine(false);
    }

    private void dle() throws IOException {
        int cmd = next();
        switch (cmd) {
            case 0x04 -> sink.statusRequest(next());
            case 0x05 -> sink.recoverRequest(next());
            case 0x14 -> skip(3);
            default -> {}
        }
    }

    private void esc() throws IOException {
        int cmd = next();
        switch (cmd) {
            case '@' -> {
                flushLine(false);
                reset();
            }
            case 'a' -> {
                flushLine(false);
                int n = next();
                alignment = switch (n) {
                    case 1, '1' -> Alignment.CENTER;
                    case 2, '2' -> Alignment.RIGHT;
                    default -> Alignment.LEFT;
                };
            }
            case 'E', 'G' -> {
                flushLine(false);
                bold = (next() & 1) != 0;
            }
            case '!' -> {
                flushLine(false);
                int n = next();
                bold = (n & 0x08) != 0;
                height = (n & 0x10) != 0 ? 2 : 1;
                width = (n & 0x20) != 0 ? 2 : 1;
            }
            case 'd' -> {
                flushLine(false);
                sink.block(new ReceiptBlock.Feed(next()));
            }
            case 'p' -> skip(3);
            case '$', 'c' -> skip(2);
            case '-', '3', 'J', 'M', 'R', 't', '{', 'V', 'U', ' ', 'e', 'r' -> skip(1);
            default -> {}
        }
    }

    private void fs() throws IOException {
        int cmd = next();
        switch (cmd) {
            case '&' -> chineseMode = true;
            case '.' -> chineseMode = false;
            case '!', '-', 'W', 'S' -> skip(cmd == 'S' ? 2 : 1);
            default -> {}
        }
    }

    private void gs() throws IOException {
        int cmd = next();
        switch (cmd) {
            case '!' -> {
                flushLine(false);
                int n = next();
                width = Math.min(8, ((n >> 4) & 0x07) + 1);
                height = Math.min(8, (n & 0x07) + 1);
            }
            case 'V' -> {
                flushLine(false);
                int m = next();
                if (m == 65 || m == 66) {
                    int n = next();
                    if (n > 0) {
                        sink.block(new ReceiptBlock.Feed(n));
                    }
                }
                sink.block(new ReceiptBlock.Cut(m == 1 || m == 49 || m == 66));
            }
            case '(' -> gsParen();
            case 'v' -> raster();
            case 'k' -> barcode();
            case 'L', 'W', 'P' -> skip(2);
            case 'B', 'H', 'f', 'h', 'w', 'a', 'r', 'I', 'b' -> skip(1);
            default -> {}
        }
    }

    private void gsParen() throws IOException {
        int fn = next();
        int length = next() | (next() << 8);
        if (fn != 'k' || length < 2) {
            skip(length);
            return;
        }
        byte[] body = readFully(length);
        int cn = body[0] & 0xFF;
        int function = body[1] & 0xFF;
        if (cn != 0x31) {
            return;
        }
        switch (function) {
            case 0x43 -> {
                if (body.length > 2) {
                    qrModuleSize = Math.max(1, Math.min(16, body[2] & 0xFF));
                }
            }
            case 0x45 -> {
                if (body.length > 2) {
                    int level = (body[2] & 0xFF) - 48;
                    qrLevel = QrErrorLevel.values()[Math.max(0, Math.min(3, level))];
                }
            }
            case 0x50 -> {
                if (body.length >= 3) {
                    qrData = java.util.Arrays.copyOfRange(body, 3, body.length);
                }
            }
            case 0x51 -> {
                flushLine(false);
                if (qrData != null && qrData.length > 0) {
                    sink.block(new ReceiptBlock.QrCode(
                            new String(qrData, StandardCharsets.UTF_8), qrModuleSize, qrLevel, alignment));
                }
            }
            default -> {}
        }
    }

    private void raster() throws IOException {
        int zero = next();
        if (zero != '0' && zero != 0) {
            return;
        }
        next(); // scale mode; the emulator shows images at their stored size
        int x = next() | (next() << 8);
        int y = next() | (next() << 8);
        long size = (long) x * y;
        if (x == 0 || y == 0 || size > MAX_RASTER_BYTES) {
            skip(size);
            return;
        }
        flushLine(false);
        sink.block(new ReceiptBlock.Image(new MonoImage(x, y, readFully((int) size)), alignment));
    }

    private void barcode() throws IOException {
        int m = next();
        if (m <= 6) {
            while (next() != 0) {
                // NUL-terminated barcode data; the emulator does not show 1-D barcodes
            }
        } else {
            skip(next());
        }
    }

    private void flushLine(boolean lineFeed) {
        if (line.size() == 0 && !lineFeed) {
            return;
        }
        String text = new String(line.toByteArray(), chineseMode ? EscPosEncoder.GB18030 : StandardCharsets.ISO_8859_1);
        line.reset();
        sink.block(new ReceiptBlock.TextLine(text, new TextStyle(alignment, bold, width, height)));
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new Truncated();
        }
        return b;
    }

    private byte[] readFully(int n) throws IOException {
        byte[] data = in.readNBytes(n);
        if (data.length < n) {
            throw new Truncated();
        }
        return data;
    }

    private void skip(long n) throws IOException {
        for (long i = 0; i < n; i++) {
            next();
        }
    }

    /** The stream ended inside a command. */
    private static final class Truncated extends IOException {
        Truncated() {
            super("stream ended inside a command", null);
        }
    }
}
