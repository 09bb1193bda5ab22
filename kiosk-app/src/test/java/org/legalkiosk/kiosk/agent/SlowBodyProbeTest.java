package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.agent.http.BodyLimits;
import org.legalkiosk.kiosk.store.FileAuditLog;

/**
 * Issue 13, finding 4, as the probe ran it: authenticated publishers send bodies one byte at a time, never silent
 * long enough for the idle timeout. The agent cuts them off and {@code /health} stays answered meanwhile. The
 * limits are shrunk (1 s grace, 200 bytes/s) so the probe is short; the rule is the same as in production.
 */
class SlowBodyProbeTest {

    private static final int SLOW_CLIENTS = 13;
    /** A slow client still connected after this was never cut off: the test's own bound, not a speed claim. */
    private static final int GIVE_UP_MILLIS = 60_000;

    @TempDir
    Path dir;

    private static final BodyLimits SHORT =
            new BodyLimits(200, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), 4);

    @Test
    void slowBodiesAreCutOffAndHealthIsAnsweredWhileTheyTry() throws Exception {
        try (AgentFixture agent = new AgentFixture(dir.resolve("data"), c -> c.withBodyLimits(SHORT), s -> s)) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    outcomes.add(pool.submit(() -> slowNotice(agent, stop)));
                }
                // While they dribble, the agent answers health (and a real publisher's quick call).
                for (int i = 0; i < 5; i++) {
                    HttpResponse<String> health = agent.get("/api/v1/health", null);
                    assertEquals(200, health.statusCode());
                }
                for (Future<String> outcome : outcomes) {
                    String how = outcome.get(2L * GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
                    assertTrue(
                            how.equals("closed") || how.startsWith("HTTP/1.1 408") || how.startsWith("HTTP/1.1 503"),
                            "each slow client is turned away or cut off: " + how);
                }
            } finally {
                stop.set(true);
                pool.shutdownNow();
            }
            assertEquals(200, agent.get("/api/v1/health", null).statusCode());
            List<String> audit = Files.readAllLines(agent.dataDir.resolve(FileAuditLog.FILE_NAME));
            assertTrue(
                    audit.stream().anyMatch(l -> l.contains("\"status\":408") && l.contains("bytes/s")),
                    "a cut-off is audited with its reason: " + audit);
            assertFalse(
                    agent.get("/api/v1/notices", agent.viewer).body().contains("slow-"), "no slow notice was stored");
        }
    }

    /** A notice POST whose 1000-byte body comes one byte every 200 ms; what became of it. */
    private static String slowNotice(AgentFixture agent, AtomicBoolean stop) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), agent.server.port())) {
            s.setSoTimeout(200);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/notices HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + agent.publisher
                            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            long waited = 0;
            byte[] answer = new byte[64];
            while (!stop.get() && waited < GIVE_UP_MILLIS) {
                try {
                    int n = in.read(answer);
                    return n < 0 ? "closed" : new String(answer, 0, n, StandardCharsets.US_ASCII);
                } catch (SocketTimeoutException stillWaiting) {
                    waited += 200;
                }
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException cut) {
                    return "closed";
                }
            }
            return "never cut off";
        } catch (IOException reset) {
            return "closed";
        }
    }
}
