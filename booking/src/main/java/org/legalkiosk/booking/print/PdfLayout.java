package org.legalkiosk.booking.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What the slip and the self-check result PDFs share: the embedded CJK font, a column of rows (wrapped lines of
 * text, gaps, rules, one square picture) laid out top to bottom, and how each row is drawn. A document decides
 * only what its rows say and where its pages break.
 */
final class PdfLayout {

    static final float MM = 72f / 25.4f;

    private PdfLayout() {}

    /** Lays a document out on a fresh {@link PDDocument} with the bundled font loaded (embedded as a subset). */
    interface Body {
        void lay(PDDocument doc, PDType0Font font) throws IOException;
    }

    /** The document {@code body} lays out, as PDF bytes; {@code what} names it in the error. */
    static byte[] render(SlipFont slipFont, String what, Body body) {
        try (TrueTypeCollection ttc = slipFont.open();
                PDDocument doc = new PDDocument()) {
            body.lay(doc, PDType0Font.load(doc, SlipFont.find(ttc), true));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + what, e);
        }
    }

    sealed interface Row {
        float height();
    }

    /** One line of text; {@code baseline} is how far the baseline sits above the bottom of the line box. */
    record Text(String text, float size, float height, float baseline, boolean centred) implements Row {}

    record Gap(float height) implements Row {}

    /** A thin line across the text column, in the middle of its height. */
    record Rule(float height) implements Row {}

    /** The document's picture (the slip's QR code), centred, as wide as it is high. */
    record Picture(float height) implements Row {}

    /**
     * The rows of one document, in order. Text is wrapped to the column's width as the font measures it; each line
     * is {@code leading} times its font size high with the baseline {@code baseline} times the size above its
     * bottom, which leaves room for descenders.
     */
    static final class Column {

        private final PDType0Font font;
        private final float width;
        private final float leading;
        private final float baseline;
        private final List<Row> rows = new ArrayList<>();

        Column(PDType0Font font, float width, float leading, float baseline) {
            this.font = font;
            this.width = width;
            this.leading = leading;
            this.baseline = baseline;
        }

        /** The line, wrapped; continuation lines start with {@code indent}. */
        Column text(String line, String indent, float size, boolean centred) {
            for (String part :
                    ColumnWrapper.wrap(line, width, indent, cp -> width(font, Character.toString(cp), size))) {
                rows.add(new Text(part, size, size * leading, size * baseline, centred));
            }
            return this;
        }

        /** Each line break in {@code text} starts a new line; the font has no glyph for control characters. */
        Column paragraphs(String text, String indent, float size, boolean centred) {
            for (String paragraph : text.split("\\R")) {
                text(paragraph.replaceAll("\\p{Cntrl}", " "), indent, size, centred);
            }
            return this;
        }

        Column gap(float height) {
            rows.add(new Gap(height));
            return this;
        }

        Column rule(float height) {
            rows.add(new Rule(height));
            return this;
        }

        Column picture(float side) {
            rows.add(new Picture(side));
            return this;
        }

        List<Row> rows() {
            return List.copyOf(rows);
        }

        float height() {
            float sum = 0;
            for (Row row : rows) {
                sum += row.height();
            }
            return sum;
        }
    }

    /**
     * Draws one row whose top is at {@code y} on a page {@code pageWidth} wide with side margins {@code margin};
     * {@code picture} is drawn for a {@link Picture} row (null when the document has none).
     */
    static void draw(
            PDPageContentStream out,
            Row row,
            float y,
            float pageWidth,
            float margin,
            PDType0Font font,
            PDImageXObject picture)
            throws IOException {
        if (row instanceof Text t) {
            float x = t.centred() ? (pageWidth - width(font, t.text(), t.size())) / 2 : margin;
            out.beginText();
            out.setFont(font, t.size());
            out.newLineAtOffset(x, y - t.height() + t.baseline());
            out.showText(t.text());
            out.endText();
        } else if (row instanceof Rule r) {
            float ruleY = y - r.height() / 2;
            out.setLineWidth(0.5f);
            out.moveTo(margin, ruleY);
            out.lineTo(pageWidth - margin, ruleY);
            out.stroke();
        } else if (row instanceof Picture p && picture != null) {
            out.drawImage(picture, (pageWidth - p.height()) / 2, y - p.height(), p.height(), p.height());
        }
    }

    static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
