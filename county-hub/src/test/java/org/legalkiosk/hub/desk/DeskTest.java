package org.legalkiosk.hub.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.terminals.EventIntake;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.web.ConsoleClient;

/**
 * The office desk against PostgreSQL and over HTTP: bookings built from events in any order and exactly once, names
 * and phones clear to their own township's officers only (in the page and the PDF), another township's bookings not
 * seen at all, decisions by the rules with their audit entries, check-in by the slip's code, and the erasure after
 * the retention period. One hub for the class; each test uses codes of its own.
 */
class DeskTest {

    private static HubFixture hub;
    private static TerminalIdentity cg;
    private static TerminalIdentity sq;
    private static LocalDateTime nine;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        cg = enrol("t-cg", "城关镇");
        sq = enrol("t-sq", "石桥镇");
        hub.hub.users().add("test", "sq-officer", "石桥镇专员", Role.TOWNSHIP_OFFICER, "石桥镇", HubFixture.PASSWORD);
        nine = hub.hub.desk().today().atTime(9, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static TerminalIdentity enrol(String id, String township) {
        String token = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "t"))
                .token();
        return hub.hub.terminals().authenticate(token).orElseThrow();
    }

    private static ConsoleClient as(String user) throws Exception {
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        assertEquals(303, client.login(user, HubFixture.PASSWORD));
        client.get("/");
        return client;
    }

    private static DeskBooking booking(TerminalIdentity terminal, String code) {
        return hub.hub.desk().find(terminal.id(), code, Optional.empty()).orElseThrow();
    }

    @Test
    void eventsInAnyOrderAndReplayedMakeOneBookingWithTheLatestState() {
        EventEnvelope created = DeskEvents.created("222222", nine, "王五", "13700001111", 5);
        EventEnvelope cancelled = DeskEvents.changed("booking.cancelled", "222222", nine, "CANCELLED", 6);
        assertEquals(EventIntake.Outcome.STORED, hub.hub.events().accept(cg, cancelled));
        assertEquals(DeskStatus.CANCELLED_BY_VISITOR, booking(cg, "222222").status());
        assertNull(booking(cg, "222222").visitorName(), "the cancellation carries no visitor");
        assertEquals(EventIntake.Outcome.STORED, hub.hub.events().accept(cg, created));
        assertEquals(EventIntake.Outcome.DUPLICATE, hub.hub.events().accept(cg, created));
        DeskBooking b = booking(cg, "222222");
        assertEquals(DeskStatus.CANCELLED_BY_VISITOR, b.status(), "the late creation does not take it back");
        assertEquals("王五", b.visitorName());
        assertEquals("13700001111", b.visitorPhone());
        assertEquals("城关镇司法所", b.officeName());
        assertEquals("法律援助", b.serviceZh());
        assertEquals(nine, b.slotStart());
        assertEquals(nine.plusMinutes(30), b.slotEnd());
        assertEquals("t-cg 村", b.terminalName());
    }

    @Test
    void aBookingEventThatMakesNoSenseIsKeptButNotOnTheDesk() throws Exception {
        EventEnvelope bad = DeskEvents.changed("booking.created", "not-a-code", nine, "CONFIRMED", 1);
        assertEquals(EventIntake.Outcome.STORED, hub.hub.events().accept(cg, bad));
        EventEnvelope noPhone = DeskEvents.created("22223T", nine, "赵六", "12345", 1);
        hub.hub.events().accept(cg, noPhone);
        assertNull(booking(cg, "22223T").visitorPhone(), "a phone that is not a mobile number is not kept");
        try (var c = hub.database.connection();
                var q = c.createStatement()) {
            ResultSet rs = q.executeQuery("SELECT count(*) FROM desk_bookings WHERE booking_code = 'not-a-code'");
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
    }

    /** A booking whose events carried no name (from before the desk, put there by V71) says so, in page and PDF. */
    @Test
    void aBookingWithoutANameSaysTheNameWasNotKept() throws Exception {
        hub.hub.events().accept(cg, DeskEvents.changed("booking.created", "999997", nine, "CONFIRMED", 1));
        ConsoleClient officer = as("officer");
        String day = officer.get("/desk").body();
        int row = day.indexOf("id=\"b-999997\"");
        assertTrue(row > 0 && day.indexOf("姓名未留存", row) > row, "the day view says the name was not kept");
        assertTrue(officer.get("/desk/bookings/t-cg/999997").body().contains("姓名未留存"));
        assertTrue(pdfText(officer, "/desk/day.pdf").contains("预约人：姓名未留存"));
    }

    @Test
    void namesAndPhonesAreClearOnlyToTheTownshipsOwnOfficersAndOtherTownshipsAreNotSeen() throws Exception {
        hub.hub.events().accept(cg, DeskEvents.created("33333C", nine, "张三丰", "13812345678", 1));
        hub.hub.events().accept(sq, DeskEvents.created("333345", nine, "李四海", "13912345678", 1));

        String officer = as("officer").get("/desk").body();
        assertTrue(officer.contains("张三丰") && officer.contains("13812345678"), "clear to 城关镇's officer");
        assertFalse(officer.contains("333345") || officer.contains("李四") || officer.contains("333-345"));

        String sqOfficer = as("sq-officer").get("/desk").body();
        assertTrue(sqOfficer.contains("李四海") && sqOfficer.contains("13912345678"));
        assertFalse(sqOfficer.contains("张三"), "another township's officer does not see it at all");

        for (String role : List.of("admin", "auditor")) {
            ConsoleClient client = as(role);
            String page = client.get("/desk").body();
            assertTrue(page.contains("张**") && page.contains("138****5678"), role + " sees it masked");
            assertFalse(page.contains("张三丰") || page.contains("13812345678"), role);
            String detail = client.get("/desk/bookings/t-cg/33333C").body();
            assertFalse(detail.contains("13812345678"), role);
            String pdf = pdfText(client, "/desk/day.pdf");
            assertTrue(pdf.contains("138****5678") && !pdf.contains("13812345678"), role + "'s printed list: " + pdf);
        }
        assertEquals(404, as("officer").get("/desk/bookings/t-sq/333345").statusCode());
        String pdf = pdfText(as("officer"), "/desk/day.pdf");
        assertTrue(pdf.contains("张三丰") && pdf.contains("13812345678") && !pdf.contains("李四"), pdf);
    }

    private static String pdfText(ConsoleClient client, String path) throws Exception {
        HttpResponse<byte[]> response = client.getBytes(path);
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void decisionsFollowTheRulesAreAuditedWithWhoAndADoubleClickChangesNothing() throws Exception {
        hub.hub.events().accept(cg, DeskEvents.created("44444M", nine, "孙七", "13600002222", 1));
        ConsoleClient officer = as("officer");
        String path = "/desk/bookings/t-cg/44444M";
        assertEquals(
                303,
                officer.post(path + "/decision", Map.of("decision", "CONFIRMED"))
                        .statusCode());
        assertEquals(
                303,
                officer.post(path + "/decision", Map.of("decision", "CONFIRMED"))
                        .statusCode());
        assertEquals(DeskStatus.CONFIRMED, booking(cg, "44444M").status());

        HttpResponse<String> noReason = officer.post(path + "/decision", Map.of("decision", "CANCELLED"));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("请选择取消原因"), noReason.body());
        HttpResponse<String> otherWithoutWords =
                officer.post(path + "/decision", Map.of("decision", "CANCELLED", "reason", "OTHER"));
        assertEquals(400, otherWithoutWords.statusCode());
        assertEquals(
                400,
                officer.post(path + "/decision", Map.of("decision", "NOT_A_DECISION"))
                        .statusCode());

        assertEquals(
                303,
                officer.post(path + "/decision", Map.of("decision", "ATTENDED")).statusCode());
        HttpResponse<String> late = officer.post(path + "/decision", Map.of("decision", "NO_SHOW"));
        assertEquals(400, late.statusCode(), "attended is final");
        assertTrue(late.body().contains("已到场"), late.body());
        assertEquals(303, officer.post(path + "/note", Map.of("note", "带了劳动合同")).statusCode());
        assertEquals(400, officer.post(path + "/note", Map.of("note", " ")).statusCode());

        List<DeskNote> history = hub.hub.desk().history("t-cg", "44444M");
        assertEquals(3, history.size(), "confirmed once, attended, one note: " + history);
        assertEquals(DeskDecision.CONFIRMED, history.get(0).decision());
        assertEquals("officer", history.get(0).by());
        assertEquals("带了劳动合同", history.get(2).text());
        try (var c = hub.database.connection();
                var q = c.createStatement()) {
            ResultSet rs = q.executeQuery("SELECT terminal_id, booking_code, decision, reason, decided_by, decided_at"
                    + " FROM booking_decisions WHERE booking_code = '44444M' ORDER BY id");
            assertTrue(rs.next());
            assertEquals("CONFIRMED", rs.getString("decision"));
            assertTrue(rs.next());
            assertEquals("ATTENDED", rs.getString("decision"));
            assertFalse(rs.next());
            ResultSet audit = q.executeQuery(
                    "SELECT actor, action, detail FROM audit_log" + " WHERE target = 't-cg/44444M' ORDER BY id");
            List<String> entries = new java.util.ArrayList<>();
            while (audit.next()) {
                entries.add(audit.getString(1) + " " + audit.getString(2) + " " + audit.getString(3));
            }
            assertEquals(
                    List.of(
                            "officer desk.decision CONFIRMED",
                            "officer desk.decision ATTENDED",
                            "officer desk.note 带了劳动合同"),
                    entries);
        }
        assertEquals(
                403,
                as("auditor")
                        .post(path + "/decision", Map.of("decision", "NO_SHOW"))
                        .statusCode());
    }

    @Test
    void aCancellationTakesAReasonFromTheListWithTheOfficersWords() throws Exception {
        hub.hub.events().accept(cg, DeskEvents.created("55555X", nine, "周八", "13500003333", 1));
        ConsoleClient admin = as("admin");
        assertEquals(
                303,
                admin.post(
                                "/desk/bookings/t-cg/55555X/decision",
                                Map.of("decision", "CANCELLED", "reason", "OFFICE_CLOSED", "reasonText", "停电"))
                        .statusCode());
        DeskBooking b = booking(cg, "55555X");
        assertEquals(DeskStatus.CANCELLED_BY_OFFICE, b.status());
        assertEquals("司法所当天不办公：停电", b.reason());
        assertEquals("admin", b.decidedBy());
        assertEquals(
                400,
                admin.post("/desk/bookings/t-cg/55555X/decision", Map.of("decision", "CONFIRMED"))
                        .statusCode());
    }

    @Test
    void checkInFindsTheBookingByTheCodeAsTypedAndSaysWhyWhenItCannot() throws Exception {
        hub.hub.events().accept(cg, DeskEvents.created("666669", nine, "吴九", "13400004444", 1));
        ConsoleClient officer = as("officer");
        HttpResponse<String> found = officer.get("/desk/find?code=666-669");
        assertEquals(303, found.statusCode());
        assertEquals(
                "/desk/bookings/t-cg/666669?checkin=1",
                found.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> typo = officer.get("/desk/find?code=66666A");
        assertEquals(400, typo.statusCode(), "a wrong check character");
        assertTrue(typo.body().contains("请核对小票"));
        assertEquals(404, officer.get("/desk/find?code=77777K").statusCode());
    }

    @Test
    void namesAndPhonesAreErasedAfterTheRetentionPeriodAlsoFromTheStoredEvent() throws Exception {
        LocalDateTime longAgo = nine.minusDays(40);
        EventEnvelope created = DeskEvents.created("88888V", longAgo, "郑十", "13300005555", 1);
        hub.hub.events().accept(cg, created);
        assertTrue(hub.hub.desk().purgePersonal() >= 1);
        DeskBooking b = booking(cg, "88888V");
        assertNull(b.visitorName());
        assertNull(b.visitorPhone());
        assertTrue(b.erased());
        assertEquals(EventIntake.Outcome.DUPLICATE, hub.hub.events().accept(cg, created), "a late retry is a replay");
        assertNull(booking(cg, "88888V").visitorName(), "and brings nothing back");
        try (var c = hub.database.connection();
                var q = c.createStatement()) {
            ResultSet rs = q.executeQuery("SELECT count(*) FROM terminal_events WHERE body::text LIKE '%13300005555%'");
            rs.next();
            assertEquals(0, rs.getLong(1));
        }
    }
}
