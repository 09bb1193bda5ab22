package org.legalkiosk.booking.print;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    private static final float MM = PdfLayout.MM;
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
    public record Page(
            String title,
            String date,
            String verdict,
            String explanation,
            String basisCaption,
            List<String> citations,
            String documentsCaption,
            List<String> documents,
            Optional<String> hardshipNote,
            String whereToGo,
            String disclaimer) {

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
        return PdfLayout.render(
                font,
                "the self-check result",
                (doc, pdfFont) -> draw(
                        doc,
                        rows(page, new PdfLayout.Column(pdfFont, PDRectangle.A4.getWidth() - 2 * MARGIN, 1.5f, 0.45f)),
                        pdfFont));
    }

    private static List<PdfLayout.Row> rows(Page page, PdfLayout.Column rows) {
        rows.paragraphs(page.title(), "", TITLE, true);
        rows.paragraphs(page.date(), "", BODY, true);
        rows.rule(BODY * 1.5f);
        rows.paragraphs(page.verdict(), "", VERDICT, false);
        rows.gap(BODY * 0.5f);
        rows.paragraphs(page.explanation(), "", BODY, false);
        rows.gap(BODY);
        rows.paragraphs(page.basisCaption(), "", HEADING, false);
        for (String citation : page.citations()) {
            rows.paragraphs("• " + citation, "  ", BODY, false);
        }
        if (!page.documents().isEmpty()) {
            rows.gap(BODY);
            rows.paragraphs(page.documentsCaption(), "", HEADING, false);
            for (String document : page.documents()) {
                // An empty box to tick while gathering the papers at home.
                rows.paragraphs("□ " + document, "   ", BODY, false);
            }
        }
        if (page.hardshipNote().isPresent()) {
            rows.gap(BODY);
            rows.paragraphs(page.hardshipNote().get(), "", BODY, false);
        }
        rows.rule(BODY * 1.5f);
        rows.paragraphs(page.whereToGo(), "", BODY, false);
        rows.gap(BODY * 0.5f);
        rows.paragraphs(page.disclaimer(), "", SMALL, false);
        return rows.rows();
    }

    /** Rows top to bottom, a new A4 page whenever the next row would reach the bottom margin. */
    private static void draw(PDDocument doc, List<PdfLayout.Row> rows, PDType0Font font) throws IOException {
        float pageWidth = PDRectangle.A4.getWidth();
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PDPageContentStream out = null;
        float y = 0;
        try {
            for (PdfLayout.Row row : rows) {
                if (out == null || y - row.height() < MARGIN) {
                    if (out != null) {
                        out.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    out = new PDPageContentStream(doc, page);
                    y = top;
                }
                PdfLayout.draw(out, row, y, pageWidth, MARGIN, font, null);
                y -= row.height();
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }
}
