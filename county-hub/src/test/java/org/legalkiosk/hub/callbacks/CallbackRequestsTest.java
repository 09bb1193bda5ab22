package org.legalkiosk.hub.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.terminals.EventIntake;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.ConsoleClient;

/**
 * Callback requests on a real hub and PostgreSQL: the event's phone reaches only the projection (never the event
 * log), a retry lists nothing twice, each township's officers see their own requests with the number in full and
 * everybody else masked, a done mark purges the number and is audited, and an unmarked number goes after
 * {@link CallbackDesk#PHONE_DAYS}.
 */
class CallbackRequestsTest {

    private static final String PHONE = "13812345678";
    private static HubFixture hub;
    private static TerminalIdentity chengguan;
    private static TerminalIdentity shiqiao;
    private static CallbackDesk desk;
    private static final User ADMIN = new User(0, "admin", "管理员", Role.COUNTY_ADMIN, null, false);
    private static final User OFFICER = new User(0, "officer", "城关镇专员", Role.TOWNSHIP_OFFICER, "城关镇", false);

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        desk = new CallbackDesk(hub.database.dataSource(), hub.clock);
        chengguan = terminal("t-cg", "城关镇");
        shiqiao = terminal("t-sq", "石桥镇");
        hub.hub.users().add("test", "sq-officer", "石桥镇专员", Role.TOWNSHIP_OFFICER, "石桥镇", HubFixture.PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static TerminalIdentity terminal(String id, String township) {
        String token = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "t"))
                .token();
        return hub.hub.terminals().authenticate(token).orElseThrow();
    }

    private static EventEnvelope request(String key, String topic, String phone) {
        String body = "{\"type\":\"callback.requested\",\"idempotencyKey\":\"" + key + "\",\"topic\":\"" + topic
                + "\",\"phone\":\"" + phone + "\",\"language\":\"zh\",\"requested\":\"2026-12-01T01:30:00Z\"}";
        return EventEnvelope.parse(key, body.getBytes(StandardCharsets.UTF_8));
    }

    private static long idOf(String key) throws Exception {
        try (Connection c = hub.database.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("""
                        SELECT r.id FROM callback_requests r JOIN terminal_events e ON e.id = r.event_id
                        WHERE e.idempotency_key = ?""")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static String storedPhone(long id) throws Exception {
        try (Connection c = hub.database.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT phone FROM callback_requests WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static ConsoleClient as(String user) throws Exception {
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        assertEquals(303, client.login(user, HubFixture.PASSWORD));
        client.get("/");
        return client;
    }

    @Test
    void thePhoneIsInTheListNotInTheEventLogAndARetryListsNothingTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(EventIntake.Outcome.STORED, hub.hub.events().accept(chengguan, request(key, "land", PHONE)));
        assertEquals(EventIntake.Outcome.DUPLICATE, hub.hub.events().accept(chengguan, request(key, "land", PHONE)));
        long id = idOf(key);
        assertTrue(id > 0, "projected");
        assertEquals(PHONE, storedPhone(id));
        try (Connection c = hub.database.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT body::text, (SELECT count(*) FROM callback_requests r WHERE r.event_id = e.id)"
                                + " FROM terminal_events e WHERE idempotency_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertFalse(rs.getString(1).contains(PHONE), "the event log keeps no phone: " + rs.getString(1));
                assertTrue(rs.getString(1).contains("land"));
                assertEquals(1, rs.getInt(2));
            }
        }
    }

    @Test
    void aRequestWithoutAUsableNumberIsLoggedButNotListed() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(EventIntake.Outcome.STORED, hub.hub.events().accept(chengguan, request(key, "land", "12345")));
        assertEquals(-1, idOf(key));
        String other = UUID.randomUUID().toString();
        hub.hub.events().accept(chengguan, request(other, "weather-" + "x".repeat(10), PHONE));
        assertEquals(
                "other",
                desk.list(ADMIN).stream()
                        .filter(r -> r.id() == idOfUnchecked(other))
                        .findFirst()
                        .orElseThrow()
                        .topic(),
                "an unknown topic is kept as other");
    }

    private static long idOfUnchecked(String key) {
        try {
            return idOf(key);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachTownshipSeesItsOwnNumbersInFullAndMarksThemDone() throws Exception {
        final String own = "13712340000";
        String key = UUID.randomUUID().toString();
        hub.hub.events().accept(chengguan, request(key, "unpaid-wages", own));
        long id = idOf(key);
        String sqKey = UUID.randomUUID().toString();
        hub.hub.events().accept(shiqiao, request(sqKey, "loan", "13998765432"));

        ConsoleClient officer = as("officer");
        String page = officer.get("/callbacks").body();
        assertTrue(page.contains("tel:" + own), "the township's officer can ring it");
        assertFalse(page.contains("13998765432") || page.contains("139****5432"), "no other township's request");
        String admin = as("admin").get("/callbacks").body();
        assertTrue(admin.contains("137****0000") && !admin.contains(own), "the county admin sees it masked");
        assertFalse(admin.contains("called-" + id), "and has no done buttons");
        assertFalse(as("auditor").get("/callbacks").body().contains(own));

        assertEquals(
                404,
                as("sq-officer")
                        .post("/callbacks/" + id + "/done", Map.of("outcome", "CALLED_BACK"))
                        .statusCode(),
                "another township's request does not exist for them");
        assertEquals(
                403,
                as("admin")
                        .post("/callbacks/" + id + "/done", Map.of("outcome", "CALLED_BACK"))
                        .statusCode());
        assertEquals(
                400,
                officer.post("/callbacks/" + id + "/done", Map.of("outcome", "MAYBE"))
                        .statusCode());
        assertEquals(own, storedPhone(id), "a refused mark changes nothing");

        assertEquals(
                303,
                officer.post("/callbacks/" + id + "/done", Map.of("outcome", "NOT_REACHED"))
                        .statusCode());
        assertNull(storedPhone(id), "the number is purged once done");
        String after = officer.get("/callbacks?done=" + id).body();
        assertFalse(after.contains(own));
        assertTrue(after.contains("未能联系上") && after.contains("id=\"marked\""), after);
        var entry = hub.hub.audit().recent(10).stream()
                .filter(e -> e.action().equals("callback.done"))
                .findFirst()
                .orElseThrow();
        assertEquals("officer", entry.actor());
        assertEquals("callback/" + id, entry.target());
        assertTrue(entry.detail().contains("NOT_REACHED"));
        assertFalse(desk.markDone(OFFICER, id, CallbackOutcome.CALLED_BACK), "a second mark changes nothing");
    }

    @Test
    void aNumberNobodyMarkedIsPurgedAfterItsDays() throws Exception {
        String key = UUID.randomUUID().toString();
        hub.hub.events().accept(chengguan, request(key, "benefits", PHONE));
        long id = idOf(key);
        assertEquals(0, desk.purgeExpired());
        hub.clock.advance(CallbackDesk.PHONE_DAYS.plus(Duration.ofHours(1)));
        assertTrue(desk.purgeExpired() >= 1);
        assertNull(storedPhone(id));
        assertTrue(hub.hub.audit().recent(5).stream().anyMatch(e -> e.action().equals("callback.purge")));
        assertTrue(as("officer").get("/callbacks").body().contains("callback-" + id), "still listed, open");
    }
}
