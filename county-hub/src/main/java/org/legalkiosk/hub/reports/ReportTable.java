package org.legalkiosk.hub.reports;

import java.util.List;

/**
 * One table of the report as the page, the CSV and the XLSX all show it: titled in Chinese and English, headers,
 * rows of text and numbers.
 *
 * @param id    a name for files, sheets and the page's anchors ({@code bookings}, {@code waiting}, …)
 * @param chart how the page draws it: {@code weeks} (a line over the weeks, one per number column), {@code bars}
 *              (one bar per row, its last number), or null for a table only
 * @param note  said under the table when it has nothing to show, or null
 */
public record ReportTable(
        String id,
        String titleZh,
        String titleEn,
        List<String> headers,
        List<List<Object>> rows,
        String chart,
        String note) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
