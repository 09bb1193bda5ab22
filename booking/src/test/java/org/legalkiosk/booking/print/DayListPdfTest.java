package org.legalkiosk.booking.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The office's day list read back as text, its font checked; files kept under target/daylist/. */
class DayListPdfTest {

    private final DayListPdf renderer = new DayListPdf();

    private static DayListPdf.Entry entry(int i) {
        return new DayListPdf.Entry(
                "09:" + String.format("%02d", i % 60) + "  K7Q3-M9TX  已确认",
                List.of("张三" + i + "  138****5678", "事由：欠薪", "来自：城关村服务站"));
    }

    @Test
    void sectionsAndEntriesAreThereWithTheCjkFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = renderer.render(new DayListPdf.Page(
                "城关镇司法所 预约名单",
                "2026年12月2日 星期三",
                List.of(
                        new DayListPdf.Section("法律援助", List.of(entry(1), entry(2))),
                        new DayListPdf.Section("人民调解", List.of())),
                "当天没有预约",
                "打印人：chengguan，2026-12-02 08:00"));
        Files.createDirectories(Path.of("target", "daylist"));
        Files.write(Path.of("target", "daylist", "day-list.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected :
                    List.of("城关镇司法所预约名单", "2026年12月2日", "法律援助", "张三1", "138****5678", "人民调解", "当天没有预约", "打印人")) {
                assertTrue(text.contains(expected), "'" + expected + "' in " + text);
            }
            PDPage page = doc.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
            }
        }
    }

    @Test
    void aLongDayRunsOverPagesWithoutSplittingAnAppointment() throws IOException {
        List<DayListPdf.Entry> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(entry(i));
        }
        byte[] pdf = renderer.render(
                new DayListPdf.Page("名单", "2026年12月2日", List.of(new DayListPdf.Section("法律援助", many)), "无", "末行"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(doc);
            assertEquals(80, all.split("K7Q3-M9TX", -1).length - 1);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                // Every appointment's block is whole on its page: as many headings as "来自" lines.
                assertEquals(page.split("K7Q3-M9TX", -1).length - 1, page.split("来自", -1).length - 1, "page " + p);
            }
            assertTrue(all.contains("末行"));
        }
    }
}
