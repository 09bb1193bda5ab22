package org.legalkiosk.kiosk.booking.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a booking slip as a one-page PDF, for the A4 printer, an 80 mm receipt printer that takes PDFs,
 * or an on-screen preview. The CJK font is embedded as a subset so the file stays small and prints the same
 * on any printer; the QR code is a lossless image with whole pixels per module so it scans after scaling.
 */
public final class PdfSlipRenderer {

    private static final float MM = 72f / 25.4f;
    private static final int QR_PIXELS_PER_MODULE = 8;

    private final SlipFont font = new SlipFont();

    /** The slip as PDF bytes. */
    public byte[] render(SlipContent slip, PdfPageSize size) {
        try (TrueTypeCollection ttc = font.open(); PDDocument doc = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(doc, SlipFont.find(ttc), true);
            Layout layout = size == PdfPageSize.A4 ? Layout.A4 : Layout.RECEIPT;
            List<Row> rows = rows(slip, layout, pdfFont);
            float height = layout.pageHeight > 0 ? layout.pageHeight : contentHeight(rows) + 2 * layout.margin;
            PDPage page = new PDPage(new PDRectangle(layout.pageWidth, height));
            doc.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(doc, qrImage(slip.bookingCode()));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                draw(out, rows, layout, height, pdfFont, qr);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the booking slip", e);
        }
    }

    /** Sizes in points; a page height of 0 means "as long as the content". */
    private record Layout(float pageWidth, float pageHeight, float margin, float title, float office, float body,
            float code, float qr) {
        static final Layout A4 = new Layout(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), 20 * MM,
                24, 16, 12, 30, 45 * MM);
        static final Layout RECEIPT = new Layout(80 * MM, 0, 4 * MM, 14, 11, 9, 20, 32 * MM);

        float textWidth() {
            return pageWidth - 2 * margin;
        }
    }

    private sealed interface Row {
        float height();
    }

    private record Text(String text, float fontSize, boolean centred) implements Row {
        public float height() {
            return fontSize * 1.4f;
        }
    }

    private record Gap(float height) implements Row {
    }

    private record Rule(float height) implements Row {
    }

    private record Qr(float height) implements Row {
    }

    private static List<Row> rows(SlipContent slip, Layout layout, PDType0Font font) {
        SlipText text = SlipText.of(slip.language());
        List<Row> rows = new ArrayList<>();
        float body = layout.body;
        text(rows, text.title(), layout.title, true, layout, font);
        rows.add(new Gap(body * 0.5f));
        text(rows, slip.officeName(), layout.office, true, layout, font);
        text(rows, text.address() + slip.officeAddress(), body, false, layout, font);
        text(rows, text.phone() + slip.officePhone(), body, false, layout, font);
        rows.add(new Rule(body));
        text(rows, text.service() + slip.serviceName(), body, false, layout, font);
        text(rows, text.time() + text.timeFormat().format(slip.appointmentTime()), body, false, layout, font);
        rows.add(new Gap(body * 0.5f));
        text(rows, text.code(), body, true, layout, font);
        text(rows, slip.bookingCode(), layout.code, true, layout, font);
        rows.add(new Gap(body * 0.5f));
        rows.add(new Qr(layout.qr));
        rows.add(new Gap(body * 0.5f));
        if (!slip.whatToBring().isEmpty()) {
            rows.add(new Rule(body));
            text(rows, text.bring(), body, false, layout, font);
            for (String item : slip.whatToBring()) {
                text(rows, "• " + item, body, false, layout, font);
            }
        }
        rows.add(new Rule(body));
        text(rows, text.name() + slip.maskedName(), body, false, layout, font);
        text(rows, text.idNumber() + slip.maskedIdNumber(), body, false, layout, font);
        text(rows, text.mobile() + slip.maskedPhone(), body, false, layout, font);
        rows.add(new Rule(body));
        paragraph(rows, text.keep(), body, layout, font);
        text(rows, text.hotline(), body, true, layout, font);
        return rows;
    }

    /** A labelled line: continuation lines are indented so the label stands out. */
    private static void text(List<Row> rows, String line, float size, boolean centred, Layout layout,
            PDType0Font font) {
        wrapped(rows, line, centred ? "" : "  ", size, centred, layout, font);
    }

    private static void paragraph(List<Row> rows, String line, float size, Layout layout, PDType0Font font) {
        wrapped(rows, line, "", size, false, layout, font);
    }

    private static void wrapped(List<Row> rows, String line, String indent, float size, boolean centred,
            Layout layout, PDType0Font font) {
        for (String part : ColumnWrapper.wrap(line, layout.textWidth(), indent, cp -> width(font, cp, size))) {
            rows.add(new Text(part, size, centred));
        }
    }

    private static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double width(PDType0Font font, int codePoint, float size) {
        return width(font, Character.toString(codePoint), size);
    }

    private static float contentHeight(List<Row> rows) {
        float sum = 0;
        for (Row row : rows) {
            sum += row.height();
        }
        return sum;
    }

    private static void draw(PDPageContentStream out, List<Row> rows, Layout layout, float pageHeight,
            PDType0Font font, PDImageXObject qr) throws IOException {
        float y = pageHeight - layout.margin;
        for (Row row : rows) {
            if (row instanceof Text t) {
                float x = t.centred() ? (layout.pageWidth - width(font, t.text(), t.fontSize())) / 2 : layout.margin;
                out.beginText();
                out.setFont(font, t.fontSize());
                // the baseline sits above the bottom of the line box, leaving room for descenders
                out.newLineAtOffset(x, y - t.height() + t.fontSize() * 0.4f);
                out.showText(t.text());
                out.endText();
            } else if (row instanceof Rule r) {
                float ruleY = y - r.height() / 2;
                out.setLineWidth(0.5f);
                out.moveTo(layout.margin, ruleY);
                out.lineTo(layout.pageWidth - layout.margin, ruleY);
                out.stroke();
            } else if (row instanceof Qr q) {
                out.drawImage(qr, (layout.pageWidth - q.height()) / 2, y - q.height(), q.height(), q.height());
            }
            y -= row.height();
        }
    }

    /** The booking code as a QR image, a quiet zone of four modules included. */
    static BufferedImage qrImage(String payload) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("booking code cannot be encoded as a QR code", e);
        }
        int modules = matrix.getWidth();
        int side = modules * QR_PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
