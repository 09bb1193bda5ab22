package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.terminals.AuditChainState.Verdict;
import org.legalkiosk.hub.terminals.TerminalRow;

/**
 * The content pin and the audit-log head in the heartbeat, over HTTP against a real PostgreSQL: an older kiosk's
 * heartbeat without them is still taken; the pin shows on the console; the hub's anchor moves only when the log grew
 * from it, and a log that went back or forked is flagged until an admin accepts it.
 */
class PinAndAuditHeadTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String H1 = "1".repeat(64);
    private static final String H2 = "2".repeat(64);
    private static final String H3 = "3".repeat(64);
    private static final String H4 = "4".repeat(64);
    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static String enrol(String id) {
        return hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision(id, "城关镇").enrolCode(), "0.1.0"))
                .token();
    }

    private static JsonNode beat(String token, String extra) throws Exception {
        String body = "{\"appVersion\":\"0.1.0\",\"contentVersion\":5,\"devices\":[],\"helpPresses\":0,"
                + "\"syncBacklog\":0,\"uptimeSeconds\":60" + extra + "}";
        HttpResponse<String> reply = HTTP.send(
                HttpRequest.newBuilder(hub.uri(TerminalApi.HEARTBEAT))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return WireJson.mapper().readTree(reply.body());
    }

    private static String audit(long lines, String head, Long anchorLines, String anchorHash) {
        return ",\"audit\":{\"lines\":" + lines + ",\"head\":\"" + head + "\",\"brokenAtLine\":0"
                + (anchorLines == null ? "" : ",\"anchorLines\":" + anchorLines)
                + (anchorHash == null ? "" : ",\"anchorHash\":\"" + anchorHash + "\"") + "}";
    }

    private static TerminalRow row(String id) {
        return hub.hub.fleet().terminals(Optional.empty()).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static long auditRows(String action, String target) throws Exception {
        try (var c = hub.database.connection();
                var q = c.prepareStatement("SELECT count(*) FROM audit_log WHERE action = ? AND target = ?")) {
            q.setString(1, action);
            q.setString(2, target);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anOlderKiosksHeartbeatWithoutPinOrAuditHeadIsTakenAndGetsNoAnchor() throws Exception {
        String token = enrol("t-old");
        JsonNode reply = beat(token, "");
        assertFalse(reply.has("auditAnchor"), reply.toString());
        TerminalRow row = row("t-old");
        assertEquals(5L, row.contentVersion());
        assertNull(row.pin());
        assertNull(row.audit());
    }

    @Test
    void thePinIsStoredShownOnTheListAndTheDetailPageAndClearedWhenTheKioskNoLongerReportsIt() throws Exception {
        String token = enrol("t-pin");
        beat(token, ",\"pin\":{\"version\":5,\"rolledBackFrom\":6,\"since\":\"2026-12-01T01:30:00Z\"}");
        TerminalRow row = row("t-pin");
        assertEquals(5, row.pin().version());
        assertEquals(6, row.pin().rolledBackFrom());

        ConsoleClient officer = new ConsoleClient(hub.server.uri());
        assertEquals(303, officer.login("officer", HubFixture.PASSWORD));
        String list = officer.get("/").body();
        assertTrue(list.contains("锁定于 5"), "the list marks the pinned terminal");
        HttpResponse<String> detail = officer.get("/terminals/t-pin");
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("已锁定在版本 5（从 6 回退"), detail.body());

        beat(token, "");
        assertNull(row("t-pin").pin(), "unpinned on the terminal: the hub forgets the pin");
    }

    @Test
    void theAnchorMovesOnlyWhenTheLogGrewFromItAndALogThatWentBackIsFlaggedAndStaysFlagged() throws Exception {
        String token = enrol("t-back");
        JsonNode first = beat(token, audit(3, H1, null, null));
        assertEquals(3, first.path("auditAnchor").path("lines").asLong());
        assertEquals(H1, first.path("auditAnchor").path("head").asText());

        JsonNode unproven = beat(token, audit(5, H2, null, null));
        assertEquals(
                3,
                unproven.path("auditAnchor").path("lines").asLong(),
                "grown without proof against the anchor: the anchor stays and is sent again");
        assertEquals(Verdict.OK, row("t-back").audit().verdict());

        JsonNode proven = beat(token, audit(5, H2, 3L, H1));
        assertEquals(5, proven.path("auditAnchor").path("lines").asLong());
        assertEquals(H2, proven.path("auditAnchor").path("head").asText());

        beat(token, audit(4, H3, 5L, null)); // an older copy put back: one line fewer than the hub saw
        TerminalRow restored = row("t-back");
        assertEquals(Verdict.BACKWARDS, restored.audit().verdict());
        assertTrue(
                restored.audit().problem().contains("from 5 to 4 lines"),
                restored.audit().problem());
        assertEquals(1, auditRows("terminal.audit-chain.backwards", "t-back"));

        JsonNode later = beat(token, audit(6, H4, 5L, H2));
        assertEquals(5, later.path("auditAnchor").path("lines").asLong(), "a flagged terminal's anchor holds");
        assertEquals(Verdict.BACKWARDS, row("t-back").audit().verdict(), "later heartbeats do not hide the flag");
        assertEquals(1, auditRows("terminal.audit-chain.backwards", "t-back"), "flagged once, not every minute");
    }

    @Test
    void aLogRewrittenFromSomeLineOnIsFlaggedAsForked() throws Exception {
        String sameLength = enrol("t-fork-a");
        beat(sameLength, audit(3, H1, null, null));
        beat(sameLength, audit(3, H2, 3L, H2));
        assertEquals(Verdict.FORKED, row("t-fork-a").audit().verdict(), "as many lines, another head");

        String longer = enrol("t-fork-b");
        beat(longer, audit(3, H1, null, null));
        beat(longer, audit(7, H3, 3L, H4));
        TerminalRow forked = row("t-fork-b");
        assertEquals(Verdict.FORKED, forked.audit().verdict(), "grown, but line 3 is not the anchored line");
        assertTrue(forked.audit().problem().contains("line 3"), forked.audit().problem());
        assertEquals(1, auditRows("terminal.audit-chain.forked", "t-fork-b"));

        String broken = enrol("t-broken");
        beat(broken, ",\"audit\":{\"lines\":4,\"head\":\"" + H1 + "\",\"brokenAtLine\":2}");
        assertEquals(Verdict.BROKEN, row("t-broken").audit().verdict(), "the terminal's own check failed");
    }

    @Test
    void onlyACountyAdminAcceptsAFlaggedLogWithAReasonAndTheAcceptanceIsAudited() throws Exception {
        String token = enrol("t-accept");
        beat(token, audit(5, H1, null, null));
        beat(token, audit(2, H2, 5L, null));
        assertEquals(Verdict.BACKWARDS, row("t-accept").audit().verdict());

        ConsoleClient auditor = new ConsoleClient(hub.server.uri());
        assertEquals(303, auditor.login("auditor", HubFixture.PASSWORD));
        auditor.get("/terminals/t-accept");
        assertEquals(
                403,
                auditor.post("/terminals/t-accept/audit-accept", Map.of("reason", "x"))
                        .statusCode());

        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        assertEquals(303, admin.login("admin", HubFixture.PASSWORD));
        String page = admin.get("/terminals/t-accept").body();
        assertTrue(page.contains("from 5 to 2 lines"), "the detail page says what was found");
        assertEquals(
                400,
                admin.post("/terminals/t-accept/audit-accept", Map.of("reason", " "))
                        .statusCode(),
                "a reason is required");
        assertEquals(Verdict.BACKWARDS, row("t-accept").audit().verdict());
        assertEquals(
                303,
                admin.post(
                                "/terminals/t-accept/audit-accept",
                                Map.of("reason", "SSD replaced, log restored from the 11-30 backup"))
                        .statusCode());
        assertEquals(Verdict.OK, row("t-accept").audit().verdict());
        assertEquals(1, auditRows("terminal.audit-chain.accept", "t-accept"));

        JsonNode reply = beat(token, audit(3, H3, 2L, H2));
        assertEquals(3, reply.path("auditAnchor").path("lines").asLong(), "the accepted head is the new anchor");
        assertEquals(Verdict.OK, row("t-accept").audit().verdict());
    }

    @Test
    void aMalformedAuditHeadIsRefusedNamingTheField() throws Exception {
        String token = enrol("t-bad");
        HttpResponse<String> reply = HTTP.send(
                HttpRequest.newBuilder(hub.uri(TerminalApi.HEARTBEAT))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"appVersion\":\"0.1.0\",\"devices\":[],"
                                + "\"helpPresses\":0,\"syncBacklog\":0,\"uptimeSeconds\":1,"
                                + "\"audit\":{\"lines\":1,\"head\":\"<script>\",\"brokenAtLine\":0}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, reply.statusCode());
        assertTrue(reply.body().contains("audit.head"), reply.body());
        assertNull(row("t-bad").audit());
    }
}
