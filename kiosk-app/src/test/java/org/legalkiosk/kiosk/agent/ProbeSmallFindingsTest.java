package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.slf4j.LoggerFactory;

/** Issue 13, finding 9: the probe's smaller findings, each as the probe sent it. */
class ProbeSmallFindingsTest {

    /** A Java type as it would leak from a parser message: a dotted lower-case package, or a nested class. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|\\$[A-Z]|java\\.lang|`");

    @TempDir
    Path dir;

    private AgentFixture agent;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stop() throws Exception {
        root.detachAppender(logged);
        agent.close();
    }

    @Test
    void aClientThatDisconnectsMidBodyGetsNo500AndLeavesNoStackTrace() throws Exception {
        for (String[] call : new String[][] {
            {"PUT", "/api/v1/content", "application/zip"}, {"POST", "/api/v1/notices", "application/json"}
        }) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), agent.server.port())) {
                OutputStream out = s.getOutputStream();
                out.write((call[0] + " " + call[1] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                + agent.admin + "\r\nContent-Type: " + call[2]
                                + "\r\nContent-Length: 50000\r\n\r\n{\"id\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
        List<JsonNode> entries = auditEntriesAwaiting(2);
        for (JsonNode e : entries) {
            assertEquals(400, e.get("status").asInt(), e.toString());
        }
        assertTrue(
                logged.list.stream().noneMatch(e -> e.getLevel() == Level.ERROR || e.getThrowableProxy() != null),
                "nothing logged as an error, no stack trace: " + logged.list);
        assertEquals(200, agent.get("/api/v1/health", null).statusCode());
    }

    @Test
    void aMalformedChunkedBodyIsA400WithoutAStackTrace() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), agent.server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream()
                    .write(("POST /api/v1/notices HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                    + agent.publisher
                                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    + "zz\r\n{}\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 400", answer);
        }
        assertTrue(
                logged.list.stream().noneMatch(e -> e.getLevel() == Level.ERROR || e.getThrowableProxy() != null),
                "nothing logged as an error, no stack trace: " + logged.list);
    }

    /** The audit entries once {@code count} have been written (the aborted calls finish on the agent's threads). */
    private List<JsonNode> auditEntriesAwaiting(int count) throws Exception {
        Path file = agent.dataDir.resolve(FileAuditLog.FILE_NAME);
        for (int attempt = 0; attempt < 600; attempt++) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= count) {
                break;
            }
            Thread.sleep(50);
        }
        return Files.readAllLines(file).stream()
                .map(l -> {
                    try {
                        return AgentFixture.JSON.readTree(l);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(l, e);
                    }
                })
                .toList();
    }

    @Test
    void errorMessagesNameNoJavaClasses() throws Exception {
        String[][] calls = {
            {"POST", "/api/v1/notices", "{\"id\":\"abc\",\"title\":\"not an object\"}"},
            {"POST", "/api/v1/notices", "{\"id\":\"abc\",\"title\":{\"zh\":[1,2]}}"},
            {"POST", "/api/v1/notices", "{\"id\":\"abc\",\"title\":{\"zh\":\"x\"},\"priority\":{}}"},
            {"PUT", "/api/v1/config", "{\"idleTimeoutSeconds\":\"soon\"}"},
            {"PUT", "/api/v1/config", "{\"idleTimeoutSeconds\":1e99}"},
            {"POST", "/api/v1/bookings/4KD7QX/state", "{\"state\":[]}"},
            {"POST", "/api/v1/content/rollback", "[]"},
            {"POST", "/api/v1/notices", "\"just a string\""},
        };
        for (String[] c : calls) {
            HttpResponse<String> r = agent.json(c[0], c[1], agent.admin, c[2]);
            assertEquals(400, r.statusCode(), c[2] + " -> " + r.body());
            String message = AgentFixture.body(r).get("message").asText();
            assertFalse(JAVA_NAME.matcher(message).find(), c[2] + " -> " + message);
        }
    }

    @Test
    void rollbackTakesOnlyAWholeJsonNumberAsTheVersion() throws Exception {
        assertEquals(
                200, agent.pushBundle(agent.bundles.build(1), agent.publisher).statusCode());
        assertEquals(
                200, agent.pushBundle(agent.bundles.build(2), agent.publisher).statusCode());
        for (String body : new String[] {
            "{\"version\":\"1\"}",
            "{\"version\":1.5}",
            "{\"version\":\"１\"}",
            "{\"version\":1.0}",
            "{\"version\":1e0}",
            "{\"version\":true}",
            "{\"version\":null}",
            "{}",
            "{\"version\":0}",
            "{\"version\":-1}",
            "{\"version\":99999999999999999999}",
            "{\"version\":1,\"force\":true}"
        }) {
            HttpResponse<String> r = agent.json("POST", "/api/v1/content/rollback", agent.admin, body);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
        }
        JsonNode status = AgentFixture.body(agent.get("/api/v1/status", agent.viewer));
        assertEquals(2, status.at("/content/version").asLong(), "no refused rollback changed the version");
        assertEquals(
                200,
                agent.json("POST", "/api/v1/content/rollback", agent.admin, "{\"version\":1}")
                        .statusCode());
    }

    @Test
    void duplicateJsonKeysAreRefused() throws Exception {
        HttpResponse<String> notice = agent.json(
                "POST",
                "/api/v1/notices",
                agent.publisher,
                "{\"id\":\"harmless\",\"title\":{\"zh\":\"通知\"},\"id\":\"other-notice\"}");
        assertEquals(400, notice.statusCode(), notice.body());
        assertEquals("malformed_json", AgentFixture.error(notice));
        HttpResponse<String> config = agent.json(
                "PUT", "/api/v1/config", agent.admin, "{\"idleTimeoutSeconds\":60,\"idleTimeoutSeconds\":3600}");
        assertEquals(400, config.statusCode(), config.body());
        assertEquals(
                "[]",
                AgentFixture.body(agent.get("/api/v1/notices", agent.viewer))
                        .get("notices")
                        .toString());
    }

    @Test
    void noticeTextsRefuseNulLoneSurrogatesAndDirectionOverrides() throws Exception {
        for (String title : new String[] {
            "通知\\u0000", "\\ud800通知", "通知\\udc00", "\\u202e知通", "a\\u2066b", "line\\nbreak", "bell\\u0007"
        }) {
            HttpResponse<String> r = agent.json(
                    "POST",
                    "/api/v1/notices",
                    agent.publisher,
                    "{\"id\":\"tricky\",\"title\":{\"zh\":\"" + title + "\"}}");
            assertEquals(400, r.statusCode(), title + " -> " + r.body());
            assertEquals("invalid_notice", AgentFixture.error(r));
        }
        assertEquals(
                201,
                agent.json(
                                "POST",
                                "/api/v1/notices",
                                agent.publisher,
                                "{\"id\":\"fine\",\"title\":{\"zh\":\"暴雨预警 😀\"},\"body\":{\"zh\":\"第一行\\n第二行\"}}")
                        .statusCode(),
                "a real emoji (a surrogate pair) and line breaks in a body are fine");
    }
}
