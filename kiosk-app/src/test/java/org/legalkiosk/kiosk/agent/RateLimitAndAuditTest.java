package org.legalkiosk.kiosk.agent;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aRightTokenClearsEarlierFailures() throws Exception {
        for (int i = 0; i < AgentServer.MAX_FAILURES - 1; i++) {
            agent.get("/api/v1/status", "guess-" + i);
        }
        assertEquals(200, agent.get("/api/v1/status", agent.viewer).statusCode());
        assertEquals(401, agent.get("/api/v1/status", "guess-again").statusCode(), "counting starts afresh");
    }

    @Test
    void everyMutationIsAuditedWithWhoWhatAndResult() throws Exception {
        String notice = "{\"id\":\"office-closed\",\"title\":{\"zh\":\"今天司法所不办公\"},\"priority\":\"urgent\"}";
        assertEquals(201, agent.json("POST", "/api/v1/notices", agent.publisher, notice).statusCode());
        assertEquals(401, agent.json("POST", "/api/v1/notices", "wrong", notice).statusCode());
        assertEquals(400, agent.json("PUT", "/api/v1/config", agent.admin, "{\"idleTimeoutSeconds\":1}").statusCode());
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

        JsonNode api = AgentFixture.body(agent.get("/api/v1/audit?limit=2", agent.admin)).get("entries");
        assertEquals(2, api.size());
        assertEquals(400, api.get(1).get("status").asInt());
        assertEquals(400, agent.get("/api/v1/audit?limit=0", agent.admin).statusCode());
    }
}
