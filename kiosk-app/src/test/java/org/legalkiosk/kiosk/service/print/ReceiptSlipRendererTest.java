package org.legalkiosk.kiosk.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalkiosk.booking.print.ColumnWrapper;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.print.SlipLanguage;
import org.legalkiosk.devices.camera.QrScanner;
import org.legalkiosk.devices.printer.EscPosEncoder;
import org.legalkiosk.devices.printer.ReceiptBlock;
import org.legalkiosk.devices.printer.ReceiptDocument;
import org.legalkiosk.devices.printer.emulator.EscPosDecoder;
import org.legalkiosk.devices.printer.emulator.ReceiptRenderer;

/** The slip as the printer sees it: encoded to ESC/POS and read back by the printer emulator's decoder. */
class ReceiptSlipRendererTest {

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{11,}");

    private final ReceiptSlipRenderer renderer = new ReceiptSlipRenderer();

    @ParameterizedTest
    @EnumSource(ReceiptPaper.class)
    void printedSlipShowsTheCodeItsQrAndOnlyMaskedPersonalData(ReceiptPaper paper) throws IOException {
        for (SlipLanguage language : SlipLanguage.values()) {
            List<ReceiptBlock> printed = decode(renderer.render(Slips.sample(language), paper));
            String text = String.join("\n", textLines(printed));
            // kept for a person to read: what the emulator saw, one printed line per line
            Path out = Path.of("target", "slips");
            Files.createDirectories(out);
            Files.writeString(
                    out.resolve("receipt-" + paper.name().toLowerCase() + "-"
                            + language.name().toLowerCase() + ".txt"),
                    text,
                    StandardCharsets.UTF_8);

            assertTrue(text.contains(Slips.CODE), "booking code printed");
            assertTrue(text.contains(Slips.MASKED_ID), "masked ID printed");
            assertTrue(text.contains(Slips.MASKED_PHONE), "masked phone printed");
            assertTrue(text.contains("王*"), "masked name printed");
            assertTrue(text.contains("12348"), "hotline printed");
            assertFalse(text.contains(Slips.FULL_ID) || text.contains(Slips.FULL_PHONE), "no clear personal data");
            assertFalse(LONG_DIGIT_RUN.matcher(text).find(), "no run of digits long enough to be a phone or ID");

            List<ReceiptBlock.QrCode> qrs = printed.stream()
                    .filter(ReceiptBlock.QrCode.class::isInstance)
                    .map(ReceiptBlock.QrCode.class::cast)
                    .toList();
            assertEquals(1, qrs.size());
            assertEquals(Slips.CODE, qrs.get(0).payload());
            assertInstanceOf(ReceiptBlock.Cut.class, printed.get(printed.size() - 1), "the slip is cut off");

            // What the paper shows: the emulator draws what it decoded, and the QR on that picture must scan.
            Path png = out.resolve("receipt-" + paper.name().toLowerCase() + "-"
                    + language.name().toLowerCase() + ".png");
            ReceiptRenderer.withBestFont().writePng(new ReceiptDocument(printed), png);
            java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(
                    java.util.Optional.of(Slips.CODE),
                    new QrScanner().decode(picture),
                    "the QR code printed on the slip scans back to the booking code");
        }
    }

    @ParameterizedTest
    @EnumSource(ReceiptPaper.class)
    void everyLineFitsThePaperWithoutThePrinterWrappingIt(ReceiptPaper paper) throws IOException {
        for (SlipLanguage language : SlipLanguage.values()) {
            for (ReceiptBlock block : decode(renderer.render(Slips.sample(language), paper))) {
                if (block instanceof ReceiptBlock.TextLine line) {
                    int columns =
                            ColumnWrapper.width(line.text()) * line.style().width();
                    assertTrue(columns <= paper.columns(), "too wide for " + paper + ": " + line.text());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReceiptPaper.class)
    void theCodeIsPrintedLargeAndTheAddressIsNotSplitMidWord(ReceiptPaper paper) throws IOException {
        List<ReceiptBlock> printed = decode(renderer.render(Slips.sample(SlipLanguage.EN), paper));
        ReceiptBlock.TextLine code = textBlocks(printed).stream()
                .filter(l -> l.text().equals(Slips.CODE))
                .findFirst()
                .orElseThrow();
        assertEquals(2, code.style().width());
        assertEquals(2, code.style().height());
        List<String> lines = textLines(printed);
        for (String word : "Employment contract, pay slips or attendance records".split(" ")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(word)), "word split across lines: " + word);
        }
    }

    static List<ReceiptBlock> decode(ReceiptDocument document) throws IOException {
        byte[] bytes = new EscPosEncoder().encode(document);
        List<ReceiptBlock> blocks = new ArrayList<>();
        new EscPosDecoder(new ByteArrayInputStream(bytes), blocks::add).run();
        return blocks;
    }

    private static List<ReceiptBlock.TextLine> textBlocks(List<ReceiptBlock> blocks) {
        return blocks.stream()
                .filter(ReceiptBlock.TextLine.class::isInstance)
                .map(ReceiptBlock.TextLine.class::cast)
                .toList();
    }

    private static List<String> textLines(List<ReceiptBlock> blocks) {
        return textBlocks(blocks).stream().map(ReceiptBlock.TextLine::text).toList();
    }
}
