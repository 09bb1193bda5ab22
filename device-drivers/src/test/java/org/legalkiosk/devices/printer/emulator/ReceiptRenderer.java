package org.legalkiosk.devices.printer.emulator;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.legalkiosk.devices.printer.Alignment;
import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.devices.printer.TextStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a slip the way an 80 mm thermal printer would put it on paper (576 dots, 24-dot text), for a person
 * to look at. Text needs a CJK font: give one, or {@link #withBestFont} looks for the kiosk's bundled
 * WenQuanYi Micro Hei, then the system's, then falls back to the logical sans-serif font.
 */
public final class ReceiptRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptRenderer.class);

    public static final int PAPER_80MM_DOTS = 576;
    private static final int MARGIN = 16;
    private static final int BASE_FONT_PX = 24;
    private static final int LINE_GAP = 6;
    private static final String BUNDLED_FONT = "/org/legalkiosk/kiosk/fonts/wqy-microhei.ttc";
    private static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private final Font font;
    private final int paperDots;

    public ReceiptRenderer(Font font, int paperDots) {
        this.font = font.deriveFont(Font.PLAIN, (float) BASE_FONT_PX);
        this.paperDots = paperDots;
    }

    public static ReceiptRenderer withBestFont() {
        return new ReceiptRenderer(bestFont(), PAPER_80MM_DOTS);
    }

    public static ReceiptRenderer withFontFile(Path fontFile) throws IOException {
        return new ReceiptRenderer(loadFont(fontFile), PAPER_80MM_DOTS);
    }

    /** The kiosk's bundled font if it is on the classpath, else a system CJK font, else a logical font. */
    public static Font bestFont() {
        try (InputStream in = ReceiptRenderer.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in != null) {
                return firstFont(Font.createFonts(in));
            }
        } catch (IOException | FontFormatException e) {
            LOG.warn("Cannot load the bundled font {}: {}", BUNDLED_FONT, e.toString());
        }
        for (Path path : SYSTEM_FONTS) {
            if (Files.isReadable(path)) {
                try {
                    return loadFont(path);
                } catch (IOException e) {
                    LOG.warn("Cannot load font {}: {}", path, e.toString());
                }
            }
        }
        LOG.warn("No CJK font found; Chinese may render as boxes (install fonts-wqy-microhei)");
        return new Font(Font.SANS_SERIF, Font.PLAIN, BASE_FONT_PX);
    }

    /** Loads a .ttf, .otf or .ttc (the first face of a collection). */
    public static Font loadFont(Path path) throws IOException {
        try {
            return firstFont(Font.createFonts(path.toFile()));
        } catch (FontFormatException e) {
            throw new IOException("not a usable font: " + path, e);
        }
    }

    private static Font firstFont(Font[] fonts) throws FontFormatException {
        if (fonts.length == 0) {
            throw new FontFormatException("no font in the file");
        }
        return fonts[0];
    }

    public void writePng(ReceiptDocument document, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(render(document), "png", file.toFile());
    }

    public BufferedImage render(ReceiptDocument document) {
        List<Placed> placed = new ArrayList<>();
        int y = MARGIN;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (ReceiptBlock block : document.blocks()) {
            if (block instanceof ReceiptBlock.TextLine line) {
                for (String part : wrap(line.text(), line.style(), frc)) {
                    placed.add(new Placed(block, part, y));
                    y += BASE_FONT_PX * line.style().height() + LINE_GAP;
                }
            } else if (block instanceof ReceiptBlock.QrCode qr) {
                BufferedImage image = qrImage(qr);
                placed.add(new Placed(block, image, y));
                y += image.getHeight() + LINE_GAP;
            } else if (block instanceof ReceiptBlock.Image img) {
                BufferedImage image = img.image().toBufferedImage();
                placed.add(new Placed(block, image, y));
                y += image.getHeight() + LINE_GAP;
            } else if (block instanceof ReceiptBlock.Feed feed) {
                y += feed.lines() * (BASE_FONT_PX + LINE_GAP);
            } else if (block instanceof ReceiptBlock.Cut) {
                placed.add(new Placed(block, null, y));
                y += 2 * MARGIN;
            }
        }
        BufferedImage page =
                new BufferedImage(paperDots + 2 * MARGIN, Math.max(y, 2 * MARGIN), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            for (Placed p : placed) {
                draw(g, p);
            }
        } finally {
            g.dispose();
        }
        return page;
    }

    private void draw(Graphics2D g, Placed p) {
        if (p.block() instanceof ReceiptBlock.TextLine line) {
            Font styled = styledFont(line.style());
            String text = (String) p.content();
            int textWidth = (int) Math.ceil(
                    styled.getStringBounds(text, g.getFontRenderContext()).getWidth());
            g.setFont(styled);
            int x = x(line.style().alignment(), textWidth);
            int baseline = p.y() + (int) (BASE_FONT_PX * line.style().height() * 0.85);
            g.drawString(text, x, baseline);
            if (line.style().bold()) {
                // the bundled face has no bold: overstrike one dot to the right, as a thermal head does
                g.drawString(text, x + 1, baseline);
            }
        } else if (p.content() instanceof BufferedImage image) {
            Alignment alignment = p.block() instanceof ReceiptBlock.QrCode qr
                    ? qr.alignment()
                    : ((ReceiptBlock.Image) p.block()).alignment();
            g.drawImage(image, x(alignment, image.getWidth()), p.y(), null);
        } else if (p.block() instanceof ReceiptBlock.Cut) {
            g.setColor(Color.GRAY);
            for (int x = 0; x < paperDots + 2 * MARGIN; x += 12) {
                g.drawLine(x, p.y() + MARGIN, x + 6, p.y() + MARGIN);
            }
            g.setColor(Color.BLACK);
        }
    }

    private int x(Alignment alignment, int contentWidth) {
        return switch (alignment) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + Math.max(0, (paperDots - contentWidth) / 2);
            case RIGHT -> MARGIN + Math.max(0, paperDots - contentWidth);
        };
    }

    private Font styledFont(TextStyle style) {
        AffineTransform scale = AffineTransform.getScaleInstance(style.width(), style.height());
        return font.deriveFont(scale);
    }

    /** Breaks a line where the printer would: at the paper's edge, character by character. */
    private List<String> wrap(String text, TextStyle style, FontRenderContext frc) {
        Font styled = styledFont(style);
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = current + new String(Character.toChars(cp));
            if (current.length() > 0 && styled.getStringBounds(next, frc).getWidth() > paperDots) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        parts.add(current.toString());
        return parts;
    }

    static BufferedImage qrImage(ReceiptBlock.QrCode qr) {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
            QRCode code = Encoder.encode(
                    qr.payload(), ErrorCorrectionLevel.valueOf(qr.errorLevel().name()), hints);
            ByteMatrix matrix = code.getMatrix();
            int module = qr.moduleSize();
            // a printer leaves no quiet zone of its own; draw one so the picture scans
            int quiet = 4 * module;
            int size = matrix.getWidth() * module + 2 * quiet;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y) == 1) {
                        g.fillRect(quiet + x * module, quiet + y * module, module, module);
                    }
                }
            }
            g.dispose();
            return image;
        } catch (WriterException e) {
            BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, 0xFFFFFF);
            return image;
        }
    }

    private record Placed(ReceiptBlock block, Object content, int y) {}
}
