package org.legalkiosk.booking.print;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A township office's list of the day's appointments on A4, to print and tick off at the desk: a title, the date,
 * then one block per appointment (time and code, the visitor, matter and where the booking came from). The texts
 * arrive ready-made, already masked where the reader may not see them, so this class only lays them out with the
 * kiosk's own embedded CJK font, breaking pages between blocks where it can.
 */
public final class DayListPdf {

    private static final float MM = PdfLayout.MM;
    private static final float MARGIN = 18 * MM;
    private static final float TITLE = 18;
    private static final float HEADING = 13;
    private static final float BODY = 11;

    /** One appointment: its first line (time, code, state) and the lines under it. */
    public record Entry(String heading, List<String> lines) {

        public Entry {
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
        }
    }

    /** A section of the list (one office and service); {@code empty} is said when it has no entries. */
    public record Section(String title, List<Entry> entries) {

        public Section {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }
    }

    /**
     * @param empty what the page says under a section without appointments (and when there are no sections)
     * @param footer printed last: who printed the list and when
     */
    public record Page(String title, String date, List<Section> sections, String empty, String footer) {

        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
            sections = List.copyOf(sections);
            Objects.requireNonNull(empty, "empty");
            Objects.requireNonNull(footer, "footer");
        }
    }

    private final SlipFont font = new SlipFont();

    /** The list as PDF bytes, as many A4 pages as it needs. */
    public byte[] render(Page page) {
        return PdfLayout.render(font, "the day list", (doc, pdfFont) -> draw(doc, page, pdfFont));
    }

    private static void draw(PDDocument doc, Page page, PDType0Font font) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<List<PdfLayout.Row>> blocks = new java.util.ArrayList<>();
        blocks.add(new PdfLayout.Column(font, width, 1.45f, 0.4f)
                .paragraphs(page.title(), "", TITLE, true)
                .paragraphs(page.date(), "", BODY, true)
                .rule(BODY)
                .rows());
        if (page.sections().isEmpty()) {
            blocks.add(new PdfLayout.Column(font, width, 1.45f, 0.4f)
                    .paragraphs(page.empty(), "", BODY, false)
                    .rows());
        }
        for (Section section : page.sections()) {
            PdfLayout.Column heading = new PdfLayout.Column(font, width, 1.45f, 0.4f)
                    .gap(BODY * 0.5f)
                    .paragraphs(section.title(), "", HEADING, false);
            if (section.entries().isEmpty()) {
                heading.paragraphs(page.empty(), "  ", BODY, false);
            }
            blocks.add(heading.rows());
            for (Entry entry : section.entries()) {
                PdfLayout.Column block = new PdfLayout.Column(font, width, 1.45f, 0.4f)
                        .paragraphs("□ " + entry.heading(), "   ", BODY, false);
                for (String line : entry.lines()) {
                    block.paragraphs("   " + line, "     ", BODY, false);
                }
                blocks.add(block.rule(BODY * 0.6f).rows());
            }
        }
        blocks.add(new PdfLayout.Column(font, width, 1.45f, 0.4f)
                .gap(BODY)
                .paragraphs(page.footer(), "", 9, false)
                .rows());
        paginate(doc, blocks, font);
    }

    /** Blocks top to bottom; a block that does not fit on what is left of a page starts the next one. */
    private static void paginate(PDDocument doc, List<List<PdfLayout.Row>> blocks, PDType0Font font)
            throws IOException {
        float pageWidth = PDRectangle.A4.getWidth();
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PDPageContentStream out = null;
        float y = 0;
        try {
            for (List<PdfLayout.Row> block : blocks) {
                float height = 0;
                for (PdfLayout.Row row : block) {
                    height += row.height();
                }
                boolean fitsOnAFreshPage = height <= top - MARGIN;
                for (PdfLayout.Row row : block) {
                    boolean blockStart = row == block.get(0);
                    boolean full = out == null
                            || y - row.height() < MARGIN
                            || (blockStart && fitsOnAFreshPage && y - height < MARGIN);
                    if (full) {
                        if (out != null) {
                            out.close();
                        }
                        PDPage pdfPage = new PDPage(PDRectangle.A4);
                        doc.addPage(pdfPage);
                        out = new PDPageContentStream(doc, pdfPage);
                        y = top;
                    }
                    PdfLayout.draw(out, row, y, pageWidth, MARGIN, font, null);
                    y -= row.height();
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }
}
