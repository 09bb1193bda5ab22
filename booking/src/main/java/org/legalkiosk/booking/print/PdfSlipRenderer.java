package org.legalkiosk.booking.print;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a booking slip as a one-page PDF, for the A4 printer, an 80 mm receipt printer that takes PDFs,
 * or an on-screen preview. The CJK font is embedded as a subset so the file stays small and prints the same
 * on any printer; the QR code is a lossless image with whole pixels per module so it scans after scaling.
 */
public final class PdfSlipRenderer {

    private static final float MM = PdfLayout.MM;
    private static final int QR_PIXELS_PER_MODULE = 8;

    private final SlipFont font = new SlipFont();

    /** The slip as PDF bytes. */
    public byte[] render(SlipContent slip, PdfPageSize size) {
        return PdfLayout.render(font, "the booking slip", (doc, pdfFont) -> {
            Layout layout = size == PdfPageSize.A4 ? Layout.A4 : Layout.RECEIPT;
            PdfLayout.Column column = rows(slip, layout, new PdfLayout.Column(pdfFont, layout.textWidth(), 1.4f, 0.4f));
            float height = layout.pageHeight > 0 ? layout.pageHeight : column.height() + 2 * layout.margin;
            PDPage page = new PDPage(new PDRectangle(layout.pageWidth, height));
            doc.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(doc, qrImage(slip.bookingCode()));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = height - layout.margin;
                for (PdfLayout.Row row : column.rows()) {
                    PdfLayout.draw(out, row, y, layout.pageWidth, layout.margin, pdfFont, qr);
                    y -= row.height();
                }
            }
        });
    }

    /** Sizes in points; a page height of 0 means "as long as the content". */
    private record Layout(
            float pageWidth,
            float pageHeight,
            float margin,
            float title,
            float office,
            float body,
            float code,
            float qr) {
        static final Layout A4 =
                new Layout(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), 20 * MM, 24, 16, 12, 30, 45 * MM);
        static final Layout RECEIPT = new Layout(80 * MM, 0, 4 * MM, 14, 11, 9, 20, 32 * MM);

        float textWidth() {
            return pageWidth - 2 * margin;
        }
    }

    private static PdfLayout.Column rows(SlipContent slip, Layout layout, PdfLayout.Column rows) {
        SlipText text = SlipText.of(slip.language());
        float body = layout.body;
        labelled(rows, text.title(), layout.title, true);
        rows.gap(body * 0.5f);
        labelled(rows, slip.officeName(), layout.office, true);
        labelled(rows, text.address() + slip.officeAddress(), body, false);
        labelled(rows, text.phone() + slip.officePhone(), body, false);
        rows.rule(body);
        labelled(rows, text.service() + slip.serviceName(), body, false);
        labelled(rows, text.time() + text.timeFormat().format(slip.appointmentTime()), body, false);
        rows.gap(body * 0.5f);
        labelled(rows, text.code(), body, true);
        labelled(rows, slip.bookingCode(), layout.code, true);
        rows.gap(body * 0.5f).picture(layout.qr).gap(body * 0.5f);
        if (!slip.whatToBring().isEmpty()) {
            rows.rule(body);
            labelled(rows, text.bring(), body, false);
            for (String item : slip.whatToBring()) {
                labelled(rows, "• " + item, body, false);
            }
        }
        rows.rule(body);
        labelled(rows, text.name() + slip.maskedName(), body, false);
        labelled(rows, text.idNumber() + slip.maskedIdNumber(), body, false);
        labelled(rows, text.mobile() + slip.maskedPhone(), body, false);
        rows.rule(body);
        rows.text(text.keep(), "", body, false);
        labelled(rows, text.hotline(), body, true);
        return rows;
    }

    /** A labelled line: continuation lines are indented so the label stands out. */
    private static void labelled(PdfLayout.Column rows, String line, float size, boolean centred) {
        rows.text(line, centred ? "" : "  ", size, centred);
    }

    /** The booking code as a QR image, a quiet zone of four modules included. */
    static BufferedImage qrImage(String payload) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
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
