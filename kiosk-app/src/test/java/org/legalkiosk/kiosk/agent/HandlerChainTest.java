package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.AuditLog;

/**
 * What the order of the handler chain decides (docs/decisions/0030-agent-handler-chain.md): routing before any
 * token is looked at, the audit around the limiter and the authentication, the metrics around everything.
 */
class HandlerChainTest {

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
    void anUnknownPathIsNotFoundBeforeAnyTokenIsAskedForAndIsNotAudited() throws Exception {
        HttpResponse<String> missing = agent.json("POST", "/api/v1/nothing-here", null, "{}");
        assertEquals(404, missing.statusCode(), "routing answers before authentication");
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> wrongMethod = agent.json("DELETE", "/api/v1/config", null, "{}");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("GET, PUT", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertEquals(List.of(), agent.services.audit().latest(10), "no route, no audit line");
    }

    @Test
    void refusedChangesAreAuditedButThrottledGuessesAreNot() throws Exception {
        for (int i = 0; i < AgentServer.MAX_FAILURES; i++) {
            HttpResponse<String> r = agent.json("POST", "/api/v1/notices", "guess-" + i, "{}");
            assertEquals(401, r.statusCode());
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
        }
        assertEquals(429, agent.json("POST", "/api/v1/notices", "guess-x", "{}").statusCode());
        List<AuditLog.Entry> entries = agent.services.audit().latest(100);
        assertEquals(AgentServer.MAX_FAILURES, entries.size(), "each 401 is logged, the 429 is not");
        AuditLog.Entry first = entries.get(0);
        assertEquals(401, first.status());
        assertNull(first.tokenId(), "no token was admitted");
        assertEquals("the token is not valid on this kiosk", first.detail(), "the refusal's message");
    }

    @Test
    void aForbiddenChangeIsAuditedAndTheEndpointNeverRuns() throws Exception {
        HttpResponse<String> r = agent.json("PUT", "/api/v1/config", agent.publisher, "{\"idleTimeoutSeconds\": 60}");
        assertEquals(403, r.statusCode());
        AuditLog.Entry entry = agent.services.audit().latest(1).get(0);
        assertEquals(403, entry.status());
        assertEquals("/api/v1/config", entry.path());
        assertTrue(entry.detail().contains("needs the admin role"), entry.detail());
        assertEquals(200, agent.get("/api/v1/config", agent.admin).statusCode());
        assertNull(
                AgentFixture.body(agent.get("/api/v1/config", agent.admin))
                        .get("idleTimeoutSeconds")
                        .numberValue(),
                "nothing was written");
    }

    @Test
    void aCallIsInTheMetricsAsSoonAsItsAnswerArrives() throws Exception {
        assertEquals(200, agent.get("/api/v1/status", agent.viewer).statusCode());
        assertEquals(404, agent.get("/api/v1/made-up", agent.viewer).statusCode());
        String metrics = agent.get("/metrics", agent.viewer).body();
        assertTrue(countLine(metrics, "route=\"/api/v1/status\"", "status=\"200\""), metrics);
        assertTrue(countLine(metrics, "route=\"unmatched\"", "status=\"404\""), "unknown paths share one series");
    }

    /** True when the scrape has a request count line carrying all these labels. */
    private static boolean countLine(String scrape, String... labels) {
        return scrape.lines()
                .filter(l -> l.startsWith("agent_http_requests_seconds_count"))
                .anyMatch(l -> java.util.Arrays.stream(labels).allMatch(l::contains));
    }
}
