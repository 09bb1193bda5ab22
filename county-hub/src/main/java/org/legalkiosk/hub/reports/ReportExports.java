package org.legalkiosk.hub.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as files for the bureau's own reporting: one CSV per table (UTF-8 with a byte-order mark, so
 * Excel opens Chinese correctly) and one XLSX with a sheet per table. A text cell that a spreadsheet would take for a
 * formula ({@code = + - @}, from an id a terminal sent) is written with a leading apostrophe in the CSV and as plain
 * text in the XLSX, so opening a report never runs anything.
 */
public final class ReportExports {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportExports() {}

    public static byte[] csv(ReportTable table) {
        StringBuilder sb = new StringBuilder();
        line(sb, table.headers());
        for (List<Object> row : table.rows()) {
            line(sb, row);
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String csvCell(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String s = String.valueOf(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    public static byte[] xlsx(List<ReportTable> tables, String periodLabel) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable table : tables) {
                Sheet sheet = book.createSheet(table.id());
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(table.titleZh() + " " + table.titleEn() + " · " + periodLabel);
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(1);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 2;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            // setCellValue(String) stores a string cell: never parsed as a formula.
                            cell.setCellValue(String.valueOf(v));
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report workbook", e);
        }
    }
}
