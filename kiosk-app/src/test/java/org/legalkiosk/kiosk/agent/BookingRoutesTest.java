package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.kiosk.agent.endpoint.BookingEndpoints;
import org.legalkiosk.kiosk.agent.terminal.BookingAdminStore;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.personal.IdNumbers;

/** The booking routes on a real agent over a real booking store in a temporary folder. */
class BookingRoutesTest {

    static final String UNKNOWN_CODE = "23456" + BookingCode.checkCharacter("23456");
    static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");
    static final String PHONE = "13812345678";

    static final String SCHEDULE = """
            {"offices": [{"id": "chengguan", "name": "城关镇司法所", "address": "城关镇人民路 1 号",
                          "phone": "0931-1234567", "hours": "周二 9:00-17:30"}],
             "services": [{"id": "aid", "nameZh": "法律援助", "nameEn": "Legal aid"}],
             "plans": [{"office": "chengguan", "service": "aid", "slotMinutes": 60, "seats": 2,
                        "weekly": {"tuesday": {"open": "09:00", "close": "17:30",
                                               "breaks": [{"start": "12:00", "end": "14:00"}]}}}],
             "horizonDays": 7, "from": "2026-12-01",
             "slots": [EXTRA]}""";
    static final String EXTRA_SLOT = """
            {"id": "visit-1", "office": "chengguan", "service": "aid", "start": "2026-12-03T10:00",
             "end": "2026-12-03T11:00", "seats": 4}""";

    @TempDir
    Path dir;

    private BookingStore store;
    private AgentFixture agent;

    @BeforeEach
    void start() throws Exception {
        store = BookingStore.open(dir.resolve("bookings"));
        agent = new AgentFixture(
                dir.resolve("data"), c -> c, s -> s.withBookings(BookingAdminStore.of(store, s.clock())));
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        store.close();
    }

    private HttpResponse<String> putSchedule(String json, String token) throws Exception {
        return agent.json("PUT", "/api/v1/schedule", token, json);
    }

    private Booking book(String slotId) {
        return store.book(slotId, "张三丰", ID_NUMBER, PHONE, "欠薪", "包工头拖欠三个月工资");
    }

    private HttpResponse<String> decide(String code, String body, String token) throws Exception {
        return agent.json("POST", "/api/v1/bookings/" + code + "/state", token, body);
    }

    private AuditLog.Entry lastAudit() throws Exception {
        return agent.services.audit().latest(1).get(0);
    }

    @Test
    void aScheduleWithPlansAndSlotsIsLoadedAndAudited() throws Exception {
        HttpResponse<String> r = putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = AgentFixture.body(r);
        assertEquals(1, body.get("offices").asInt());
        assertEquals(7, body.get("slots").asInt(), "six plan slots on Tuesday 1 December and one visit");
        assertEquals(0, body.get("keptSlots").size());
        assertEquals(
                List.of("chengguan"), store.offices().stream().map(Office::id).toList());
        assertEquals(
                2,
                store.slots("chengguan", "aid", LocalDate.of(2026, 12, 1))
                        .get(0)
                        .remaining());
        assertEquals(
                4,
                store.slots("chengguan", "aid", LocalDate.of(2026, 12, 3))
                        .get(0)
                        .remaining());
        AuditLog.Entry audit = lastAudit();
        assertEquals("editor", audit.tokenName());
        assertEquals(200, audit.status());
        assertTrue(audit.detail().startsWith("schedule loaded: 1 offices, 1 services, 7 slots"), audit.detail());
    }

    @Test
    void anInvalidScheduleIs422NamingThePathAndChangesNothing() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        String bad =
                SCHEDULE.replace("EXTRA", EXTRA_SLOT.replace("\"office\": \"chengguan\"", "\"office\": \"qingshan\""));
        HttpResponse<String> r = putSchedule(bad, agent.publisher);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("invalid_schedule", AgentFixture.error(r));
        assertEquals(
                "slots[0].office: no office with id 'qingshan' in offices",
                AgentFixture.body(r).get("message").asText());
        assertEquals(
                4,
                store.slots("chengguan", "aid", LocalDate.of(2026, 12, 3))
                        .get(0)
                        .remaining(),
                "the old schedule stays");
        assertTrue(
                lastAudit().detail().startsWith("schedule refused: slots[0].office"),
                lastAudit().detail());
        assertEquals(422, lastAudit().status());

        HttpResponse<String> unknownField = putSchedule("{\"days\": [], \"slots\": []}", agent.publisher);
        assertEquals(422, unknownField.statusCode());
        assertTrue(AgentFixture.body(unknownField).get("message").asText().contains("days: unknown field"));
        assertEquals(400, putSchedule("[1]", agent.publisher).statusCode());
        assertEquals(400, putSchedule("{\"offices\": ", agent.publisher).statusCode());
    }

    @Test
    void aRePushThatDropsABookedSlotKeepsItAndSaysSo() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        Booking booking = book("visit-1");
        HttpResponse<String> r = putSchedule(SCHEDULE.replace("EXTRA", ""), agent.publisher);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode kept = AgentFixture.body(r).get("keptSlots");
        assertEquals(1, kept.size());
        assertEquals("visit-1", kept.get(0).get("id").asText());
        assertEquals("dropped", kept.get(0).get("reason").asText());
        assertEquals(1, kept.get(0).get("capacity").asInt());
        assertTrue(store.find(booking.code()).isPresent());
    }

    @Test
    void viewersGetMaskedBookingsAndAdminsGetThemInClear() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        Booking booking = book("visit-1");
        for (String token : List.of(agent.viewer, agent.publisher)) {
            HttpResponse<String> r = agent.get("/api/v1/bookings", token);
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains(ID_NUMBER), r.body());
            assertFalse(r.body().contains(PHONE), r.body());
            assertFalse(r.body().contains("张三丰"), r.body());
            assertFalse(r.body().contains("包工头"), r.body());
            JsonNode entry = AgentFixture.body(r).get("bookings").get(0);
            assertTrue(AgentFixture.body(r).get("masked").asBoolean());
            assertEquals(booking.code(), entry.get("code").asText());
            assertEquals(IdNumbers.mask(ID_NUMBER), entry.get("idNumber").asText());
            assertEquals("138****5678", entry.get("phone").asText());
            assertEquals("张**", entry.get("name").asText());
            assertTrue(entry.get("note").isNull());
            assertEquals("2026-12-03T10:00", entry.get("slot").get("start").asText());
        }
        assertTrue(lastAudit().detail().startsWith("schedule loaded"), "masked reads leave no audit entry");
        JsonNode clear = AgentFixture.body(agent.get("/api/v1/bookings", agent.admin));
        AuditLog.Entry read = lastAudit();
        assertEquals("GET", read.method());
        assertEquals(
                "exported 1 bookings with personal data in clear",
                read.detail(),
                "reading personal data in clear is audited: who, when, how many");
        assertFalse(clear.get("masked").asBoolean());
        JsonNode entry = clear.get("bookings").get(0);
        assertEquals(ID_NUMBER, entry.get("idNumber").asText());
        assertEquals(PHONE, entry.get("phone").asText());
        assertEquals("张三丰", entry.get("name").asText());
        assertEquals("包工头拖欠三个月工资", entry.get("note").asText());
    }

    @Test
    void theExportPagesWithItsCursorAndRefusesBadOnes() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        List<String> codes = List.of(
                book("visit-1").code(), book("visit-1").code(), book("visit-1").code());
        JsonNode first = AgentFixture.body(agent.get("/api/v1/bookings?limit=2", agent.viewer));
        assertTrue(first.get("more").asBoolean());
        assertEquals(codes.get(0), first.get("bookings").get(0).get("code").asText());
        JsonNode second = AgentFixture.body(
                agent.get("/api/v1/bookings?limit=2&since=" + first.get("next").asText(), agent.viewer));
        assertFalse(second.get("more").asBoolean());
        assertEquals(1, second.get("bookings").size());
        assertEquals(codes.get(2), second.get("bookings").get(0).get("code").asText());
        JsonNode none = AgentFixture.body(
                agent.get("/api/v1/bookings?since=" + second.get("next").asText(), agent.viewer));
        assertEquals(0, none.get("bookings").size());
        assertEquals(second.get("next").asText(), none.get("next").asText());

        HttpResponse<String> badCursor = agent.get("/api/v1/bookings?since=abc", agent.viewer);
        assertEquals(400, badCursor.statusCode());
        assertEquals("bad_cursor", AgentFixture.error(badCursor));
        for (String limit : List.of("0", "501", "ten", "-1")) {
            HttpResponse<String> r = agent.get("/api/v1/bookings?limit=" + limit, agent.viewer);
            assertEquals(400, r.statusCode(), limit);
            assertEquals("bad_request", AgentFixture.error(r));
        }
    }

    @Test
    void anOfficeDecisionIsRecordedOnceAndRepeatingItIsHarmless() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        Booking booking = book("visit-1");
        HttpResponse<String> r =
                decide(BookingCode.format(booking.code()), "{\"state\":\"ATTENDED\"}", agent.publisher);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ATTENDED", AgentFixture.body(r).get("state").asText());
        assertFalse(r.body().contains(ID_NUMBER), "a publisher sees masked data");
        assertEquals(
                200,
                decide(booking.code(), "{\"state\":\"attended\"}", agent.publisher)
                        .statusCode());
        assertEquals(
                BookingState.ATTENDED, store.find(booking.code()).orElseThrow().state());
        assertEquals(
                List.of("booking.created", "booking.state_changed"),
                store.outboxPending().stream().map(OutboxEvent::type).toList());
        assertEquals(
                "booking " + BookingCode.format(booking.code()) + " is ATTENDED",
                lastAudit().detail());

        HttpResponse<String> conflict = decide(booking.code(), "{\"state\":\"REJECTED\"}", agent.publisher);
        assertEquals(409, conflict.statusCode());
        assertEquals("invalid_transition", AgentFixture.error(conflict));
        assertEquals(
                BookingState.ATTENDED, store.find(booking.code()).orElseThrow().state());
    }

    @Test
    void badDecisionsAreRefusedWithTheirStatus() throws Exception {
        putSchedule(SCHEDULE.replace("EXTRA", EXTRA_SLOT), agent.publisher);
        Booking booking = book("visit-1");
        assertEquals(
                404,
                decide(UNKNOWN_CODE, "{\"state\":\"ATTENDED\"}", agent.publisher)
                        .statusCode());
        assertEquals(
                404,
                decide("NOT-A-CODE", "{\"state\":\"ATTENDED\"}", agent.publisher)
                        .statusCode());
        HttpResponse<String> cancel = decide(booking.code(), "{\"state\":\"CANCELLED\"}", agent.publisher);
        assertEquals(400, cancel.statusCode());
        assertEquals("invalid_state", AgentFixture.error(cancel));
        assertEquals(400, decide(booking.code(), "{}", agent.publisher).statusCode());
        HttpResponse<String> extra = decide(booking.code(), "{\"state\":\"ATTENDED\",\"by\":\"x\"}", agent.publisher);
        assertEquals("unknown_field", AgentFixture.error(extra));
        HttpResponse<String> wrongPath = agent.json(
                "POST", "/api/v1/bookings/" + booking.code() + "/other", agent.publisher, "{\"state\":\"ATTENDED\"}");
        assertEquals(404, wrongPath.statusCode());
        assertEquals(
                BookingState.CONFIRMED, store.find(booking.code()).orElseThrow().state());
        assertEquals(1, store.outboxPending().size());
    }

    @Test
    void aKioskWithoutBookingsAnswers501AfterCheckingTheInput() throws Exception {
        try (AgentFixture plain = new AgentFixture(dir.resolve("plain"))) {
            HttpResponse<String> put = plain.json("PUT", "/api/v1/schedule", plain.publisher, "{\"slots\": []}");
            assertEquals(501, put.statusCode());
            assertEquals("not_implemented", AgentFixture.error(put));
            assertEquals(
                    501,
                    plain.json(
                                    "POST",
                                    "/api/v1/bookings/" + UNKNOWN_CODE + "/state",
                                    plain.publisher,
                                    "{\"state\":\"NO_SHOW\"}")
                            .statusCode());
            assertEquals(
                    400,
                    plain.json(
                                    "POST",
                                    "/api/v1/bookings/" + UNKNOWN_CODE + "/state",
                                    plain.publisher,
                                    "{\"state\":\"LOST\"}")
                            .statusCode());
            assertEquals(501, plain.get("/api/v1/bookings", plain.viewer).statusCode());
        }
    }

    @Test
    void namesAreMaskedToTheirFirstCharacter() {
        assertEquals("张*", BookingEndpoints.maskName("张三"));
        assertEquals("欧***", BookingEndpoints.maskName("欧阳娜娜"));
        assertEquals("L**", BookingEndpoints.maskName("Lin"));
        assertEquals("王*", BookingEndpoints.maskName("王"));
        assertEquals("", BookingEndpoints.maskName(""));
    }
}
