package org.legalkiosk.hub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.web.ConsoleClient;

/**
 * The county report over a real PostgreSQL: the counts of {@link ReportEvents} come out right in the tables, in the
 * CSV and in the XLSX downloaded from the console, malformed events are left out, no phone or ID number reaches an
 * export, and attendance comes from the desk's {@code booking_decisions} once that table exists.
 */
class CountyReportTest {

    private static final Pattern PHONE_OR_ID = Pattern.compile("1[3-9]\\d{9}|\\d{17}[\\dX]");
    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        ReportEvents.load(hub);
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static CountyReport report(AttendanceSource attendance) {
        return new ReportQueries(hub.database.dataSource(), attendance)
                .report(ReportPeriod.lastWeeks(LocalDate.of(2026, 12, 1), 4));
    }

    @Test
    void theCountsAreRight() {
        CountyReport r = report(AttendanceSource.NOT_YET);
        assertEquals(LocalDate.of(2026, 11, 9), r.period().from());
        assertEquals(
                List.of(
                        new CountyReport.WeeklyBookings(LocalDate.of(2026, 11, 23), "城关镇", "township", "legal-aid", 2),
                        new CountyReport.WeeklyBookings(LocalDate.of(2026, 11, 23), "石桥镇", "village", "mediation", 1),
                        new CountyReport.WeeklyBookings(LocalDate.of(2026, 11, 30), "城关镇", "", "", 1)),
                r.bookings());
        assertEquals(4, r.bookingsPerWeek().size(), "four weeks, empty ones included");
        assertEquals(3, r.bookingsPerWeek().get(2)[1]);
        assertEquals(
                List.of(
                        new CountyReport.WaitingDays("township", "legal-aid", 2, 5.0, 5.0, 7),
                        new CountyReport.WaitingDays("village", "mediation", 1, 6.0, 6.0, 6)),
                r.waiting());
        assertEquals(
                List.of(
                        new CountyReport.SelfCheckOutcome("legal-aid", "likely", 2),
                        new CountyReport.SelfCheckOutcome("legal-aid", "unlikely", 1)),
                r.selfChecks());
        assertEquals(
                new CountyReport.TopicDemand("explainer.view", "unpaid-wages", 6),
                r.topics().get(0));
        assertEquals(
                List.of(
                        new CountyReport.WeeklySearches(LocalDate.of(2026, 11, 23), 4, 2),
                        new CountyReport.WeeklySearches(LocalDate.of(2026, 11, 30), 1, 0)),
                r.searches());
        assertEquals(List.of(new CountyReport.TopicDemand("callback", "land", 1)), r.callbackTopics());
        assertTrue(r.attendance().isEmpty());
    }

    @Test
    void theDownloadsHoldTheSameCountsAndNoPersonalData() throws Exception {
        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        assertEquals(303, admin.login("admin", HubFixture.PASSWORD));
        var csv = admin.send(java.net.http.HttpRequest.newBuilder(hub.uri("/reports/bookings.csv?weeks=4")));
        assertEquals(200, csv.statusCode());
        String text = csv.body();
        assertTrue(text.startsWith("\uFEFF"), "a BOM so Excel reads the Chinese");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals(4, lines.size(), text);
        assertEquals("2026-11-23,城关镇,township,legal-aid,2", lines.get(1));
        assertEquals("2026-11-23,石桥镇,village,mediation,1", lines.get(2));
        String searches = admin.send(java.net.http.HttpRequest.newBuilder(hub.uri("/reports/searches.csv?weeks=4")))
                .body();
        assertTrue(searches.contains("2026-11-23,4,2") && searches.contains("2026-11-30,1,0"), searches);
        assertEquals(
                404,
                admin.send(java.net.http.HttpRequest.newBuilder(hub.uri("/reports/passwords.csv")))
                        .statusCode());
        assertEquals(
                400,
                admin.send(java.net.http.HttpRequest.newBuilder(hub.uri("/reports?weeks=999")))
                        .statusCode());

        var xlsx = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(hub.uri("/reports.xlsx?weeks=4"))
                                .header("Cookie", "hub_session=" + admin.cookie("hub_session"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        StringBuilder everything = new StringBuilder(text);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(ReportTables.IDS.size(), book.getNumberOfSheets());
            Sheet bookings = book.getSheet("bookings");
            assertEquals("城关镇", bookings.getRow(2).getCell(1).getStringCellValue());
            assertEquals(2.0, bookings.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(1.0, bookings.getRow(4).getCell(4).getNumericCellValue());
            Sheet waiting = book.getSheet("waiting");
            assertEquals(5.0, waiting.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(7.0, waiting.getRow(2).getCell(5).getNumericCellValue());
            Sheet selfCheck = book.getSheet("selfcheck");
            assertEquals(2.0, selfCheck.getRow(2).getCell(2).getNumericCellValue());
            for (Sheet sheet : book) {
                sheet.forEach(row ->
                        row.forEach(cell -> everything.append(cell.toString()).append('\n')));
            }
        }
        for (String id : ReportTables.IDS) {
            everything.append(admin.send(java.net.http.HttpRequest.newBuilder(hub.uri("/reports/" + id + ".csv")))
                    .body());
        }
        assertFalse(PHONE_OR_ID.matcher(everything).find(), "no phone or ID number in any export");
        assertFalse(everything.toString().contains(ReportEvents.PHONE));
    }

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals(
                "'=HYPERLINK(\"x\")",
                ReportExports.csvCell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("\"a,b\"", ReportExports.csvCell("a,b"));
        String csv = new String(
                ReportExports.csv(
                        new ReportTable("t", "t", "t", List.of("a"), List.of(List.of("@SUM(1)")), null, null)),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("'@SUM(1)"), csv);
    }

    @Test
    void attendanceComesFromTheDesksDecisionsOnceTheyAreThere() throws Exception {
        try (var c = hub.database.dataSource().getConnection();
                var s = c.createStatement()) {
            // The desk's decisions (V40): the latest attended/no-show per booking counts.
            s.execute("INSERT INTO booking_decisions (terminal_id, booking_code, decision, reason, decided_by,"
                    + " decided_at) VALUES"
                    + " ('rep-cg', '" + ReportEvents.code("A1")
                    + "', 'NO_SHOW', null, 'officer', '2026-11-27T03:00:00Z'),"
                    + " ('rep-cg', '" + ReportEvents.code("A1")
                    + "', 'ATTENDED', 'came late', 'officer', '2026-11-27T04:00:00Z'),"
                    + " ('rep-cg', '" + ReportEvents.code("A2")
                    + "', 'CONFIRMED', null, 'officer', '2026-11-26T04:00:00Z'),"
                    + " ('rep-cg', '" + ReportEvents.code("A2")
                    + "', 'NO_SHOW', null, 'officer', '2026-12-02T04:00:00Z'),"
                    + " ('rep-sq', '" + ReportEvents.code("B1") + "', 'ATTENDED', null, 'sq', '2026-12-02T02:00:00Z')");
        }
        CountyReport r = report(new BookingDecisionsAttendance(hub.database.dataSource()));
        assertEquals(
                List.of(new CountyReport.Attendance("township", 1, 1), new CountyReport.Attendance("village", 1, 0)),
                r.attendance().orElseThrow());
    }
}
