package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.terminals.TerminalRow;

/** The terminal API over real HTTP on loopback against a real PostgreSQL. */
class TerminalApiTest {

    private static HubFixture hub;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static HttpResponse<String> post(String path, String token, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.uri(path))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enrol(String id, String township) throws Exception {
        String code = hub.provision(id, township).enrolCode();
        HttpResponse<String> reply = post(
                TerminalApi.ENROL,
                null,
                "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\",\"appVersion\":\"0.1.0\"}",
                null);
        assertEquals(200, reply.statusCode(), reply.body());
        EnrolReply enrolled = WireJson.read(reply.body().getBytes(), EnrolReply.class);
        assertEquals(id, enrolled.terminalId());
        return enrolled.token();
    }

    private static String heartbeat(int helpPresses) {
        return """
                {"appVersion":"0.1.0","contentVersion":4,"devices":[
                  {"id":"receipt","kind":"RECEIPT_PRINTER","state":"NEEDS_ATTENTION","reason":"paper-out"},
                  {"id":"idcard","kind":"ID_CARD_READER","state":"READY"}],
                 "helpPresses":%d,"syncBacklog":7,"diskFreeBytes":1073741824,"uptimeSeconds":3600}
                """.formatted(helpPresses);
    }

    private static long eventRows(String terminal) throws Exception {
        try (var c = hub.database.connection();
                var q = c.prepareStatement("SELECT count(*) FROM terminal_events WHERE terminal_id = ?")) {
            q.setString(1, terminal);
            ResultSet rs = q.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void enrolmentCodeWorksOnceAndTheTokenIsStoredOnlyAsAHash() throws Exception {
        String code = hub.provision("t-once", "城关镇").enrolCode();
        String body = "{\"code\":\"" + code + "\"}";
        HttpResponse<String> first = post(TerminalApi.ENROL, null, body, null);
        assertEquals(200, first.statusCode());
        String token = WireJson.read(first.body().getBytes(), EnrolReply.class).token();
        assertEquals(403, post(TerminalApi.ENROL, null, body, null).statusCode(), "a used code is refused");
        try (var c = hub.database.connection();
                var q = c.createStatement()) {
            ResultSet rs = q.executeQuery("SELECT token_hash, enrol_code_hash FROM terminals WHERE id = 't-once'");
            rs.next();
            assertEquals(32, rs.getBytes(1).length);
            assertFalse(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1).contains(token));
            assertEquals(null, rs.getBytes(2), "the code is spent");
        }
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String code = hub.provision("t-late", "城关镇").enrolCode();
        hub.clock.advance(Duration.ofDays(15));
        try {
            assertEquals(
                    403,
                    post(TerminalApi.ENROL, null, "{\"code\":\"" + code + "\"}", null)
                            .statusCode());
        } finally {
            hub.clock.advance(Duration.ofDays(-15));
        }
    }

    @Test
    void heartbeatIsRecordedAndTheReplyCarriesNoticesContentAndAScreenshotRequest() throws Exception {
        String token = enrol("t-beat", "城关镇");
        hub.hub.groups().setContentTarget("test", "城关镇", "county", 5);
        hub.hub
                .notices()
                .create(
                        "admin",
                        new NoticeDraft(
                                "停电通知",
                                null,
                                "明天上午停电",
                                null,
                                true,
                                hub.clock.instant().minusSeconds(60),
                                null,
                                List.of("城关镇")));
        hub.hub
                .notices()
                .create(
                        "admin",
                        new NoticeDraft(
                                "只给石桥镇",
                                null,
                                "别的乡镇",
                                null,
                                false,
                                hub.clock.instant().minusSeconds(60),
                                null,
                                List.of("石桥镇")));
        hub.hub.terminals().requestScreenshot("admin", "t-beat");

        HttpResponse<String> response = post(TerminalApi.HEARTBEAT, token, heartbeat(2), null);
        assertEquals(200, response.statusCode(), response.body());
        HeartbeatReply reply = WireJson.read(response.body().getBytes(), HeartbeatReply.class);
        assertEquals(60, reply.nextHeartbeatSeconds());
        assertEquals("county", reply.content().channel());
        assertEquals(5, reply.content().version());
        assertEquals(
                List.of("停电通知"), reply.notices().stream().map(n -> n.titleZh()).toList());
        assertTrue(reply.notices().get(0).urgent());
        assertTrue(reply.screenshotRequested());
        HeartbeatReply again = WireJson.read(
                post(TerminalApi.HEARTBEAT, token, heartbeat(2), null).body().getBytes(), HeartbeatReply.class);
        assertFalse(again.screenshotRequested(), "a screenshot request is handed out once");

        TerminalRow row = hub.hub.fleet().terminals(Optional.of("城关镇")).stream()
                .filter(r -> r.id().equals("t-beat"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.online());
        assertEquals(4L, row.contentVersion());
        assertEquals(
                List.of("receipt"),
                row.needsAttention().stream().map(d -> d.id()).toList());
        assertEquals(2, row.helpPresses());
        assertEquals(7, row.syncBacklog());

        hub.clock.advance(Duration.ofSeconds(301));
        try {
            TerminalRow later = hub.hub.fleet().terminals(Optional.empty()).stream()
                    .filter(r -> r.id().equals("t-beat"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(later.online(), "no heartbeat within the group's 300 s: offline");
        } finally {
            hub.clock.advance(Duration.ofSeconds(-301));
        }
    }

    @Test
    void eventsAreStoredExactlyOnceAndAReplayOrReorderChangesNothing() throws Exception {
        String token = enrol("t-events", "石桥镇");
        String k1 = UUID.randomUUID().toString();
        String k2 = UUID.randomUUID().toString();
        String e1 = "{\"type\":\"booking.created\",\"idempotencyKey\":\"" + k1
                + "\",\"code\":\"K7Q3M9\",\"slotId\":\"s1\",\"matter\":\"wages\",\"state\":\"BOOKED\"}";
        String e2 = "{\"type\":\"booking.state_changed\",\"idempotencyKey\":\"" + k2
                + "\",\"code\":\"K7Q3M9\",\"slotId\":\"s1\",\"matter\":\"wages\",\"state\":\"CANCELLED\"}";
        assertEquals(201, post(TerminalApi.EVENTS, token, e1, k1).statusCode());
        assertEquals(201, post(TerminalApi.EVENTS, token, e2, k2).statusCode());
        // A retry whose answer was lost, with other whitespace: a duplicate, not a second row.
        assertEquals(
                200, post(TerminalApi.EVENTS, token, e1.replace(",", ", "), k1).statusCode());
        // The same key with another body: refused, the first kept.
        String forged = e1.replace("BOOKED", "ATTENDED");
        assertEquals(409, post(TerminalApi.EVENTS, token, forged, k1).statusCode());
        assertEquals(2, eventRows("t-events"));
        try (var c = hub.database.connection();
                var q = c.prepareStatement("SELECT body->>'state' FROM terminal_events WHERE idempotency_key = ?")) {
            q.setString(1, k1);
            ResultSet rs = q.executeQuery();
            rs.next();
            assertEquals("BOOKED", rs.getString(1));
        }
    }

    @Test
    void badInputGetsAClearErrorAndStoresNothing() throws Exception {
        String token = enrol("t-bad", "石桥镇");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> notJson = post(TerminalApi.EVENTS, token, "{\"type\":", key);
        assertEquals(400, notJson.statusCode());
        assertTrue(
                WireJson.mapper().readTree(notJson.body()).get("error").asText().contains("JSON"));
        assertEquals(400, post(TerminalApi.EVENTS, token, "[1,2]", key).statusCode());
        assertEquals(
                400,
                post(TerminalApi.EVENTS, token, "{\"type\":\"booking.created\"}", "short")
                        .statusCode());
        assertEquals(
                400,
                post(TerminalApi.EVENTS, token, "{\"type\":\"Bad Type!\",\"idempotencyKey\":\"" + key + "\"}", key)
                        .statusCode());
        assertEquals(
                400,
                post(
                                TerminalApi.EVENTS,
                                token,
                                "{\"type\":\"a.b\",\"idempotencyKey\":\"" + key + "\"}",
                                UUID.randomUUID().toString())
                        .statusCode(),
                "header and body keys differ");
        String big = "{\"type\":\"a.b\",\"pad\":\"" + "x".repeat(20_000) + "\"}";
        assertEquals(413, post(TerminalApi.EVENTS, token, big, key).statusCode());
        HttpResponse<String> badBeat =
                post(TerminalApi.HEARTBEAT, token, heartbeat(1).replace("NEEDS_ATTENTION", "ON_FIRE"), null);
        assertEquals(400, badBeat.statusCode());
        assertTrue(badBeat.body().contains("devices[].state"), badBeat.body());
        HttpResponse<String> negative = post(TerminalApi.HEARTBEAT, token, heartbeat(-1), null);
        assertEquals(400, negative.statusCode());
        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(hub.uri(TerminalApi.HEARTBEAT))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode());
        HttpResponse<String> get = HTTP.send(
                HttpRequest.newBuilder(hub.uri(TerminalApi.HEARTBEAT)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals(0, eventRows("t-bad"));
    }

    @Test
    void aRevokedTerminalIsRefused() throws Exception {
        String token = enrol("t-revoked", "城关镇");
        assertEquals(200, post(TerminalApi.HEARTBEAT, token, heartbeat(0), null).statusCode());
        hub.hub.terminals().revoke("admin", "t-revoked");
        HttpResponse<String> refused = post(TerminalApi.HEARTBEAT, token, heartbeat(0), null);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        String key = UUID.randomUUID().toString();
        assertEquals(
                401,
                post(TerminalApi.EVENTS, token, "{\"type\":\"a.b\",\"idempotencyKey\":\"" + key + "\"}", key)
                        .statusCode());
        assertEquals(0, eventRows("t-revoked"));
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoAndWhen() throws Exception {
        enrol("t-audited", "城关镇");
        hub.hub.terminals().revoke("admin", "t-audited");
        List<String> actions = hub.hub.audit().recent(100).stream()
                .filter(e -> "t-audited".equals(e.target()))
                .map(e -> e.actor() + " " + e.action())
                .toList();
        assertEquals(
                List.of("admin terminal.revoke", "terminal:t-audited terminal.enrol", "test terminal.provision"),
                actions);
    }

    @Test
    void healthNeedsNoTokenButMetricsDo() throws Exception {
        assertEquals(
                200,
                HTTP.send(HttpRequest.newBuilder(hub.uri("/healthz")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                401,
                HTTP.send(HttpRequest.newBuilder(hub.uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> metrics = HTTP.send(
                HttpRequest.newBuilder(hub.uri("/metrics"))
                        .header("Authorization", "Bearer " + hub.scrapeToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("hub_terminals{state=\"online\"}"), metrics.body());
    }

    @Test
    void repeatedBadTokensFromOneAddressAreSlowedDown() throws Exception {
        HubFixture own = new HubFixture();
        try {
            int last = 0;
            for (int i = 0; i <= HubServer.TERMINAL_FAILURES; i++) {
                last = HTTP.send(
                                HttpRequest.newBuilder(own.uri(TerminalApi.HEARTBEAT))
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", "Bearer not-a-token-at-all-000000")
                                        .POST(HttpRequest.BodyPublishers.ofString(heartbeat(0)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode();
            }
            assertEquals(429, last);
            String token = own.hub
                    .terminals()
                    .enrol(new org.legalkiosk.hub.protocol.EnrolRequest(
                            own.provision("t-neighbour", "城关镇").enrolCode(), "t"))
                    .token();
            int neighbour = HTTP.send(
                            HttpRequest.newBuilder(own.uri(TerminalApi.HEARTBEAT))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.ofString(heartbeat(0)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            assertEquals(200, neighbour, "a valid token behind the same address still gets through");
        } finally {
            own.close();
        }
    }

    static JsonNode json(String body) throws Exception {
        return WireJson.mapper().readTree(body);
    }

    static URI unused() {
        return null;
    }
}
