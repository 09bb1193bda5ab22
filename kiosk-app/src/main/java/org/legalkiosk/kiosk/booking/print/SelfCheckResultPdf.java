package org.legalkiosk.kiosk.booking.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a legal-aid self-check result as an A4 PDF the villager takes to the legal-aid centre: the verdict, why
 * (with the articles), what to bring, the note when the hardship figure is only an example, and where to go. The
 * texts arrive ready-made in the visitor's language, so this class only lays them out; the CJK font is embedded as
 * a subset. The page holds no personal data: the self-check never asks for any.
 */
public final class SelfCheckResultPdf {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final float TITLE = 22;
    private static final float VERDICT = 20;
    private static final float HEADING = 16;
    private static final float BODY = 14;
    private static final float SMALL = 11;

    /**
     * Everything the page says, already in the visitor's language.
     *
     * @param hardshipNote present when the verdict rests on a hardship figure that is only an example
     */
    public record Page(String title, String date, String verdict, String explanation, String basisCaption,
                       List<String> citations, String documentsCaption, List<String> documents,
                       Optional<String> hardshipNote, String whereToGo, String disclaimer) {

        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(basisCaption, "basisCaption");
            Objects.requireNonNull(documentsCaption, "documentsCaption");
            Objects.requireNonNull(hardshipNote, "hardshipNote");
            Objects.requireNonNull(whereToGo, "whereToGo");
            Objects.requireNonNull(disclaimer, "disclaimer");
            citations = List.copyOf(citations);
            documents = List.copyOf(documents);
        }
    }

    private final SlipFont font = new SlipFont();

    /** The result as PDF bytes: one A4 page, more only if an author wrote a very long outcome. */
    public byte[] render(Page page) {
        try (TrueTypeCollection ttc = font.open(); PDDocument doc = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(doc, SlipFont.find(ttc), true);
            draw(doc, rows(page, pdfFont), pdfFont);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the self-check result", e);
        }
    }

    private sealed interface Row {
        float height();
    }

    private record Text(String text, float size, boolean centred) implements Row {
        public float height() {
            return size * 1.5f;
        }
    }

    private record Gap(float height) implements Row {
    }

    private record Rule(float height) implements Row {
    }

    private static List<Row> rows(Page page, PDType0Font font) {
        List<Row> rows = new ArrayList<>();
        wrap(rows, page.title(), "", TITLE, true, font);
        wrap(rows, page.date(), "", BODY, true, font);
        rows.add(new Rule(BODY * 1.5f));
        wrap(rows, page.verdict(), "", VERDICT, false, font);
        rows.add(new Gap(BODY * 0.5f));
        wrap(rows, page.explanation(), "", BODY, false, font);
        rows.add(new Gap(BODY));
        wrap(rows, page.basisCaption(), "", HEADING, false, font);
        for (String citation : page.citations()) {
            wrap(rows, "• " + citation, "  ", BODY, false, font);
        }
        if (!page.documents().isEmpty()) {
            rows.add(new Gap(BODY));
            wrap(rows, page.documentsCaption(), "", HEADING, false, font);
            for (String document : page.documents()) {
                // An empty box to tick while gathering the papers at home.
                wrap(rows, "□ " + document, "   ", BODY, false, font);
            }
        }
        if (page.hardshipNote().isPresent()) {
            rows.add(new Gap(BODY));
            wrap(rows, page.hardshipNote().get(), "", BODY, false, font);
        }
        rows.add(new Rule(BODY * 1.5f));
        wrap(rows, page.whereToGo(), "", BODY, false, font);
        rows.add(new Gap(BODY * 0.5f));
        wrap(rows, page.disclaimer(), "", SMALL, false, font);
        return rows;
    }

    /** Each line break in {@code text} starts a new line; the font has no glyph for control characters. */
    private static void wrap(List<Row> rows, String text, String indent, float size, boolean centred,
                             PDType0Font font) {
        for (String paragraph : text.split("\\R")) {
            String printable = paragraph.replaceAll("\\p{Cntrl}", " ");
            for (String line : ColumnWrapper.wrap(printable, PDRectangle.A4.getWidth() - 2 * MARGIN, indent,
                    cp -> width(font, Character.toString(cp), size))) {
                rows.add(new Text(line, size, centred));
            }
        }
    }

    private static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDDocument doc, List<Row> rows, PDType0Font font) throws IOException {
        float pageWidth = PDRectangle.A4.getWidth();
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PDPageContentStream out = null;
        float y = 0;
        try {
            for (Row row : rows) {
                if (out == null || y - row.height() < MARGIN) {
                    if (out != null) {
                        out.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    out = new PDPageContentStream(doc, page);
                    y = top;
                }
                if (row instanceof Text t) {
                    float x = t.centred() ? (pageWidth - width(font, t.text(), t.size())) / 2 : MARGIN;
                    out.beginText();
                    out.setFont(font, t.size());
                    // the baseline sits above the bottom of the line box, leaving room for descenders
                    out.newLineAtOffset(x, y - t.height() + t.size() * 0.45f);
                    out.showText(t.text());
                    out.endText();
                } else if (row instanceof Rule r) {
                    float ruleY = y - r.height() / 2;
                    out.setLineWidth(0.5f);
                    out.moveTo(MARGIN, ruleY);
                    out.lineTo(pageWidth - MARGIN, ruleY);
                    out.stroke();
                }
                y -= row.height();
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }
}
