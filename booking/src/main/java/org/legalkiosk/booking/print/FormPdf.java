package org.legalkiosk.booking.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a filled-in form out on A4 as the element-style model texts do: a title, then one bordered table per section
 * (label on the left, the element's value on the right; listed options as tick boxes with the chosen ones ticked),
 * the legal basis under each table, the signature line, and the plain-words note of what to attach and where to file.
 * Every page carries the form number, the date and "第 n 页 共 m 页" at its foot, so loose pages still belong together.
 * The texts arrive ready-made (Chinese, as the office reads them); this class decides only where they go. The CJK font
 * is embedded as a subset. Boxes are drawn as lines, the tick as the font's ✔, so the text layer still says which
 * option was chosen.
 */
public final class FormPdf {

    private static final float MM = PdfLayout.MM;
    private static final float MARGIN = 18 * MM;
    private static final float FOOTER = 12 * MM;
    private static final float LABEL_WIDTH = 42 * MM;
    private static final float PAD = 2 * MM;
    private static final float TITLE = 20;
    private static final float SUBTITLE = 15;
    private static final float HEADING = 13.5f;
    private static final float BODY = 12;
    private static final float SMALL = 9.5f;
    private static final float LEADING = 1.45f;
    private static final float BOX = 3.6f * MM;
    private static final String TICK = "✔";

    /** Everything the form says, in the order printed. */
    public record Document(
            String number,
            String title,
            Optional<String> caseType,
            String date,
            List<Section> sections,
            String signature,
            String attachCaption,
            List<String> attach,
            String fileCaption,
            List<String> fileAt,
            String disclaimer) {

        public Document {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caseType, "caseType");
            Objects.requireNonNull(date, "date");
            sections = List.copyOf(sections);
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(attachCaption, "attachCaption");
            attach = List.copyOf(attach);
            Objects.requireNonNull(fileCaption, "fileCaption");
            fileAt = List.copyOf(fileAt);
            Objects.requireNonNull(disclaimer, "disclaimer");
        }
    }

    /** One table; {@code basis} is the line of articles printed under it ("依据：《法律援助法》第三十一条"). */
    public record Section(String title, String basis, List<Row> rows) {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(basis, "basis");
            rows = List.copyOf(rows);
        }
    }

    public record Row(String label, Value value) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A cell's content: text, tick boxes, an empty cell to write in by hand, or a dash for "not asked". */
    public sealed interface Value {}

    public record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    public record Ticks(List<Tick> ticks) implements Value {
        public Ticks {
            ticks = List.copyOf(ticks);
        }
    }

    public record Tick(String label, boolean ticked) {
        public Tick {
            Objects.requireNonNull(label, "label");
        }
    }

    public record Blank() implements Value {}

    public record Dash() implements Value {}

    private final SlipFont font = new SlipFont();

    /** The form as PDF bytes, as many A4 pages as it needs. */
    public byte[] render(Document document) {
        return PdfLayout.render(
                font, "the form " + document.number(), (doc, pdfFont) -> new Pages(doc, pdfFont).lay(document));
    }

    /** Blocks are placed top to bottom and never split, so a table row or a note stays whole on its page. */
    private interface Block {
        float height();

        void draw(PDPageContentStream out, float top) throws IOException;
    }

    private static final class Pages {

        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth();
        private final float column = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Pages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void lay(Document d) throws IOException {
            List<Block> blocks = new ArrayList<>();
            blocks.add(text(d.title(), TITLE, true));
            d.caseType().ifPresent(c -> blocks.add(text(c, SUBTITLE, true)));
            blocks.add(gap(3 * MM));
            for (Section s : d.sections()) {
                blocks.add(text(s.title(), HEADING, false));
                boolean first = true;
                for (Row r : s.rows()) {
                    blocks.add(row(r, first));
                    first = false;
                }
                blocks.add(text(s.basis(), SMALL, false));
                blocks.add(gap(2 * MM));
            }
            blocks.add(gap(4 * MM));
            blocks.add(text(d.signature(), BODY, false));
            blocks.add(gap(5 * MM));
            blocks.add(text(d.attachCaption(), HEADING, false));
            d.attach().forEach(a -> blocks.add(text("· " + a, BODY, false)));
            blocks.add(gap(2 * MM));
            blocks.add(text(d.fileCaption(), HEADING, false));
            d.fileAt().forEach(f -> blocks.add(text("· " + f, BODY, false)));
            blocks.add(gap(2 * MM));
            blocks.add(text(d.disclaimer(), SMALL, false));
            draw(blocks, d);
        }

        private void draw(List<Block> blocks, Document d) throws IOException {
            List<List<Block>> pages = new ArrayList<>();
            List<Block> page = new ArrayList<>();
            float room = PDRectangle.A4.getHeight() - 2 * MARGIN - FOOTER;
            float used = 0;
            for (Block b : blocks) {
                if (used + b.height() > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(b);
                used += b.height();
            }
            pages.add(page);
            for (int i = 0; i < pages.size(); i++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdfPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdfPage)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (Block b : pages.get(i)) {
                        b.draw(out, y);
                        y -= b.height();
                    }
                    String foot =
                            "表号 " + d.number() + "    " + d.date() + "    第 " + (i + 1) + " 页 共 " + pages.size() + " 页";
                    show(out, foot, SMALL, (width - PdfLayout.width(font, foot, SMALL)) / 2, MARGIN - SMALL);
                }
            }
        }

        private Block gap(float height) {
            return new Block() {
                public float height() {
                    return height;
                }

                public void draw(PDPageContentStream out, float top) {
                    // nothing to draw
                }
            };
        }

        private Block text(String text, float size, boolean centred) {
            List<String> lines = wrap(text, column, size);
            return new Block() {
                public float height() {
                    return lines.size() * size * LEADING;
                }

                public void draw(PDPageContentStream out, float top) throws IOException {
                    float y = top;
                    for (String line : lines) {
                        float x = centred ? (width - PdfLayout.width(font, line, size)) / 2 : MARGIN;
                        show(out, line, size, x, y - size * LEADING + size * 0.4f);
                        y -= size * LEADING;
                    }
                }
            };
        }

        /** A table row: bordered label and value cells, as tall as the longer of the two. */
        private Block row(Row row, boolean first) {
            float valueWidth = column - LABEL_WIDTH - 2 * PAD;
            List<String> label = wrap(row.label(), LABEL_WIDTH - 2 * PAD, BODY);
            List<List<Tick>> tickLines = row.value() instanceof Ticks t ? tickLines(t.ticks(), valueWidth) : List.of();
            List<String> value = row.value() instanceof Text t
                    ? wrap(t.text(), valueWidth, BODY)
                    : row.value() instanceof Dash ? List.of("——") : List.of();
            int lines = Math.max(label.size(), Math.max(value.size(), tickLines.size()));
            float line = BODY * LEADING;
            // An empty cell is two lines high, room to write by hand.
            float height = Math.max(lines, row.value() instanceof Blank ? 2 : 1) * line + 2 * PAD;
            return new Block() {
                public float height() {
                    return height;
                }

                public void draw(PDPageContentStream out, float top) throws IOException {
                    out.setLineWidth(0.6f);
                    out.addRect(MARGIN, top - height, column, height);
                    out.moveTo(MARGIN + LABEL_WIDTH, top);
                    out.lineTo(MARGIN + LABEL_WIDTH, top - height);
                    out.stroke();
                    float y = top - PAD;
                    for (String l : label) {
                        show(out, l, BODY, MARGIN + PAD, y - line + BODY * 0.4f);
                        y -= line;
                    }
                    float x0 = MARGIN + LABEL_WIDTH + PAD;
                    y = top - PAD;
                    for (String v : value) {
                        show(out, v, BODY, x0, y - line + BODY * 0.4f);
                        y -= line;
                    }
                    for (List<Tick> ticks : tickLines) {
                        float x = x0;
                        float base = y - line + BODY * 0.4f;
                        for (Tick t : ticks) {
                            out.addRect(x, base - 0.5f, BOX, BOX);
                            out.stroke();
                            if (t.ticked()) {
                                show(out, TICK, BODY, x + 0.3f, base + 0.3f);
                            }
                            x += BOX + 1.2f * MM;
                            show(out, t.label(), BODY, x, base);
                            x += PdfLayout.width(font, t.label(), BODY) + 4 * MM;
                        }
                        y -= line;
                    }
                }
            };
        }

        /** Tick boxes flow left to right and wrap between options, never inside one. */
        private List<List<Tick>> tickLines(List<Tick> ticks, float max) {
            List<List<Tick>> lines = new ArrayList<>();
            List<Tick> current = new ArrayList<>();
            float used = 0;
            for (Tick t : ticks) {
                float w = BOX + 1.2f * MM + PdfLayout.width(font, t.label(), BODY) + 4 * MM;
                if (used + w > max && !current.isEmpty()) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.add(t);
                used += w;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            return lines;
        }

        private List<String> wrap(String text, float max, float size) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R")) {
                lines.addAll(ColumnWrapper.wrap(
                        paragraph.replaceAll("\\p{Cntrl}", " "),
                        max,
                        "",
                        cp -> PdfLayout.width(font, Character.toString(cp), size)));
            }
            return lines;
        }

        private void show(PDPageContentStream out, String text, float size, float x, float y) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }
    }
}
