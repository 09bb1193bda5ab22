package org.legalkiosk.booking.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed self-check result read back as text, with its font checked. Files are kept under target/selfcheck/. */
class SelfCheckResultPdfTest {

    private static final Path OUT = Path.of("target", "selfcheck");

    private final SelfCheckResultPdf renderer = new SelfCheckResultPdf();

    static SelfCheckResultPdf.Page chinese() {
        return new SelfCheckResultPdf.Page(
                "法律援助自测结果：我能不能申请法律援助？",
                "日期：2026年11月28日",
                "您很可能可以申请法律援助",
                "您很可能可以申请法律援助。您的事是法律援助管的事，家里收入也低于本地的经济困难标准。\n预约时会帮您填好要办的事：要赡养费\t抚养费",
                "法律依据",
                List.of("法律援助法 第三十一条", "法律援助法 第三十四条"),
                "申请时请带上",
                List.of("身份证、户口本", "家里收入的情况：工资条、种地养殖的收入"),
                Optional.of("注意：本机用的困难标准（家里每人每月 1200 元）只是举例。"),
                "去哪里申请：县法律援助中心或者乡镇司法所。不清楚的，拨打 12348 公共法律服务热线问一问。",
                "这是自测结果，不是决定。");
    }

    @Test
    void anA4PageSaysVerdictReasonsPapersHardshipNoteAndWhereToGo() throws IOException {
        byte[] pdf = renderer.render(chinese());
        save("result-zh", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected : List.of(
                    "法律援助自测结果",
                    "2026年11月28日",
                    "您很可能可以申请法律援助",
                    "法律援助法第三十一条",
                    "法律援助法第三十四条",
                    "预约时会帮您填好要办的事：要赡养费",
                    "申请时请带上",
                    "身份证、户口本",
                    "1200元）只是举例",
                    "12348",
                    "不是决定")) {
                assertTrue(text.contains(expected), "'" + expected + "' in " + text);
            }
        }
    }

    @Test
    void theCjkFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(chinese()))) {
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
            }
        }
    }

    @Test
    void englishPageWithoutPapersOrHardshipNote() throws IOException {
        SelfCheckResultPdf.Page page = new SelfCheckResultPdf.Page(
                "Legal-aid self-check result: Can I get free legal aid?",
                "Date: 28 November 2026",
                "Legal aid is unlikely",
                "This kind of matter is not among those the Legal Aid Law lists, so legal aid is unlikely.",
                "Legal basis",
                List.of("Legal Aid Law Art. 31"),
                "Bring these when you apply",
                List.of(),
                Optional.empty(),
                "Where to apply: the county legal-aid centre. If unsure, call 12348.",
                "This is a self-check, not a decision.");
        byte[] pdf = renderer.render(page);
        save("result-en", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Legal aid is unlikely"), text);
            assertTrue(text.contains("Legal Aid Law Art. 31"), text);
            assertFalse(text.contains("Bring these"), "no empty list of papers: " + text);
        }
    }

    @Test
    void aVeryLongOutcomeFlowsOntoASecondPageWithoutLosingText() throws IOException {
        SelfCheckResultPdf.Page base = chinese();
        List<String> many = Collections.nCopies(60, "和这件事有关的材料：合同、单据、病历、法院的通知");
        SelfCheckResultPdf.Page page = new SelfCheckResultPdf.Page(
                base.title(),
                base.date(),
                base.verdict(),
                base.explanation(),
                base.basisCaption(),
                base.citations(),
                base.documentsCaption(),
                many,
                base.hardshipNote(),
                base.whereToGo(),
                "最后一行");
        try (PDDocument doc = Loader.loadPDF(renderer.render(page))) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(doc);
            assertEquals(60, text.split("法院的通知", -1).length - 1);
            assertTrue(text.contains("最后一行"));
        }
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.GRAY),
                    "png",
                    OUT.resolve(name + ".png").toFile());
        }
    }
}
