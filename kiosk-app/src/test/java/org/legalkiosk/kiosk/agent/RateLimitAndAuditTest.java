package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.FileAuditLog;

/** Guessing tokens is slowed down; every change is written to the audit log and readable by admins. */
class RateLimitAndAuditTest {

    @TempDir
    Path dir;

    private AgentFixture agent;

    @BeforeEach
    void start() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
    }

    @Test
    void repeatedWrongTokensAreAnsweredWithRetryAfterUntilTheWindowPasses() throws Exception {
        for (int i = 0; i < AgentServer.MAX_FAILURES; i++) {
            assertEquals(401, agent.get("/api/v1/status", "guess-" + i).statusCode());
        }
        HttpResponse<String> blocked = agent.get("/api/v1/status", agent.viewer);
        assertEquals(429, blocked.statusCode(), "even a right token waits: the address is slowed down");
        assertEquals("too_many_failures", AgentFixture.error(blocked));
        long retry = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertEquals(200, agent.get("/api/v1/health", null).statusCode(), "health stays open");

        agent.clock.advance(Duration.ofSeconds(61));
        assertEquals(200, agent.get("/api/v1/status", agent.viewer).statusCode());
    }

    @Test
    void aValidViewerTokenClearsNoOnesFailures() throws Exception {
        for (int i = 0; i < AgentServer.MAX_FAILURES - 1; i++) {
            agent.get("/api/v1/status", "guess-" + i);
        }
        assertEquals(200, agent.get("/api/v1/status", agent.viewer).statusCode());
        assertEquals(401, agent.get("/api/v1/status", "guess-again").statusCode());
        assertEquals(
                429,
                agent.get("/api/v1/status", "and-again").statusCode(),
                "a low-privilege token between guesses does not buy more guesses");
    }

    @Test
    void adminAndPublisherTokensAreNeverLockedOutBySomeoneElsesFailures() throws Exception {
        for (int i = 0; i < 4 * AgentServer.MAX_FAILURES; i++) {
            agent.get("/api/v1/status", "garbage-" + i);
        }
        assertEquals(429, agent.get("/api/v1/status", "garbage").statusCode(), "the guesser waits");
        assertEquals(
                429, agent.get("/api/v1/status", agent.viewer).statusCode(), "a viewer shares its address' budget");
        assertEquals(200, agent.get("/api/v1/status", agent.admin).statusCode(), "the admin is served");
        String notice = "{\"id\":\"office-closed\",\"title\":{\"zh\":\"今天司法所不办公\"}}";
        assertEquals(
                201,
                agent.json("POST", "/api/v1/notices", agent.publisher, notice).statusCode(),
                "the publisher is served");
        assertEquals(
                429,
                agent.get("/api/v1/status", "garbage-again").statusCode(),
                "and their success cleared nothing for the guesser");
    }

    @Test
    void failuresCountPerAddressAndOneRepeatedWrongSecretIsSlowedFromEveryAddress() throws Exception {
        for (int i = 0; i < AgentServer.MAX_FAILURES; i++) {
            assertEquals(401, rawGet("127.0.0.2", "guess-" + i));
        }
        assertEquals(429, rawGet("127.0.0.2", agent.viewer), "the guessing address waits");
        assertEquals(200, rawGet("127.0.0.3", agent.viewer), "a viewer on another address does not");

        for (int i = 0; i < AgentServer.MAX_FAILURES_PER_SECRET; i++) {
            assertEquals(401, rawGet("127.0.0." + (10 + i), "revoked-token-in-a-forgotten-script"));
        }
        assertEquals(
                429,
                rawGet("127.0.0.20", "revoked-token-in-a-forgotten-script"),
                "the same wrong secret from a fresh address");
        assertEquals(401, rawGet("127.0.0.20", "some-other-guess"), "that address itself is not yet throttled");
    }

    /** GET /api/v1/status from a given loopback source address (Linux routes all of 127/8 to lo). */
    private int rawGet(String from, String token) throws Exception {
        try (Socket s =
                new Socket(InetAddress.getByName("127.0.0.1"), agent.server.port(), InetAddress.getByName(from), 0)) {
            s.setSoTimeout(30_000);
            s.getOutputStream()
                    .write(("GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void everyMutationIsAuditedWithWhoWhatAndResult() throws Exception {
        String notice = "{\"id\":\"office-closed\",\"title\":{\"zh\":\"今天司法所不办公\"},\"priority\":\"urgent\"}";
        assertEquals(
                201,
                agent.json("POST", "/api/v1/notices", agent.publisher, notice).statusCode());
        assertEquals(401, agent.json("POST", "/api/v1/notices", "wrong", notice).statusCode());
        assertEquals(
                400,
                agent.json("PUT", "/api/v1/config", agent.admin, "{\"idleTimeoutSeconds\":1}")
                        .statusCode());
        agent.get("/api/v1/status", agent.viewer);

        List<String> lines = Files.readAllLines(agent.dataDir.resolve(FileAuditLog.FILE_NAME));
        assertEquals(3, lines.size(), "reads are not audited: " + lines);
        JsonNode added = AgentFixture.JSON.readTree(lines.get(0));
        assertEquals("editor", added.get("tokenName").asText());
        assertEquals("publisher", added.get("role").asText());
        assertEquals("POST", added.get("method").asText());
        assertEquals("/api/v1/notices", added.get("path").asText());
        assertEquals(201, added.get("status").asInt());
        assertTrue(added.get("detail").asText().contains("office-closed"));
        assertEquals("127.0.0.1", added.get("remote").asText());
        assertEquals("2026-11-28T08:00:00Z", added.get("time").asText());
        JsonNode refused = AgentFixture.JSON.readTree(lines.get(1));
        assertTrue(refused.get("tokenId").isNull());
        assertEquals(401, refused.get("status").asInt());
        assertFalse(lines.get(1).contains("wrong"), "a presented secret is never logged");

        JsonNode api = AgentFixture.body(agent.get("/api/v1/audit?limit=2", agent.admin))
                .get("entries");
        assertEquals(2, api.size());
        assertEquals(400, api.get(1).get("status").asInt());
        assertEquals(400, agent.get("/api/v1/audit?limit=0", agent.admin).statusCode());
    }
}
