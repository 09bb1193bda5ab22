package org.legalkiosk.booking.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PDF slip read back the way a person or a scanner would: its text extracted, page 1 rendered and the
 * QR decoded. The PDF and PNG are kept under target/slips/ to look at.
 */
class PdfSlipRendererTest {

    private static final Path OUT = Path.of("target", "slips");

    private final PdfSlipRenderer renderer = new PdfSlipRenderer();

    @ParameterizedTest
    @EnumSource(PdfPageSize.class)
    void pdfShowsCodeOfficeAndOnlyMaskedPersonalData(PdfPageSize size) throws IOException {
        for (SlipLanguage language : SlipLanguage.values()) {
            byte[] pdf = renderer.render(Slips.sample(language), size);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages());
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(Slips.CODE), "code in " + text);
                assertTrue(text.contains(Slips.OFFICE), "office in " + text);
                assertTrue(text.contains(Slips.MASKED_ID), "masked ID in " + text);
                assertTrue(text.contains(Slips.MASKED_PHONE), "masked phone in " + text);
                assertTrue(text.contains("12348"), "hotline in " + text);
                assertFalse(text.contains(Slips.FULL_ID) || text.contains(Slips.FULL_PHONE), "no clear personal data");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PdfPageSize.class)
    void qrOnTheRenderedPageDecodesToTheBookingCode(PdfPageSize size) throws Exception {
        for (SlipLanguage language : SlipLanguage.values()) {
            byte[] pdf = renderer.render(Slips.sample(language), size);
            String name =
                    "slip-" + size.name().toLowerCase() + "-" + language.name().toLowerCase();
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + ".pdf"), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
                ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
                assertEquals(Slips.CODE, decodeQr(page));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PdfPageSize.class)
    void fontIsAnEmbeddedSubsetOfTheBundledCjkFont(PdfPageSize size) throws IOException {
        byte[] pdf = renderer.render(Slips.sample(SlipLanguage.ZH), size);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDFont font = page.getResources()
                    .getFont(page.getResources().getFontNames().iterator().next());
            assertTrue(font instanceof PDType0Font, "a composite font for CJK");
            assertTrue(font.isEmbedded());
            assertNotNull(font.getName());
            // a subset's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.getName());
        }
        // the whole font is 5 MB; a subset of the slip's glyphs is a small fraction of that
        assertTrue(pdf.length < 200_000, "PDF is " + pdf.length + " bytes");
    }

    private static String decodeQr(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
