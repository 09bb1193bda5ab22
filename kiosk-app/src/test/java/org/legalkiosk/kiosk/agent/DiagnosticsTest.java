package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.agent.terminal.LogSource;

/** What a technician would look at on site, over the network: the screen and the log. */
class DiagnosticsTest {

    @TempDir
    Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Test
    void theScreenshotIsThePngTheScreenGives() throws Exception {
        try (AgentFixture agent = new AgentFixture(
                dir.resolve("data"), UnaryOperator.identity(), s -> s.withScreen(() -> Optional.of(PNG)))) {
            HttpResponse<byte[]> r = agent.client()
                    .send(
                            agent.request("/api/v1/screenshot")
                                    .header("Authorization", "Bearer " + agent.admin)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(PNG, r.body());
        }
    }

    @Test
    void theLogTailHasTheLastLinesAndRefusesSillyCounts() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(
                data.resolve("logs/kiosk.log"),
                IntStream.rangeClosed(1, 500).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")) + "\n");
        try (AgentFixture agent = new AgentFixture(data)) {
            HttpResponse<String> r = agent.send(agent.request("/api/v1/logs?lines=3")
                    .header("Authorization", "Bearer " + agent.admin)
                    .GET());
            assertEquals(200, r.statusCode());
            assertEquals("line 498\nline 499\nline 500\n", r.body());
            for (String bad : new String[] {"0", "-1", "2001", "many"}) {
                HttpResponse<String> refused = agent.send(agent.request("/api/v1/logs?lines=" + bad)
                        .header("Authorization", "Bearer " + agent.admin)
                        .GET());
                assertEquals(400, refused.statusCode(), bad);
            }
        }
    }

    @Test
    void aHugeLogIsReadFromItsEndOnly() throws Exception {
        Path log = dir.resolve("big.log");
        String line = "x".repeat(99) + "\n";
        Files.writeString(log, line.repeat(30_000) + "the last line\n");
        LogSource source = new LogSource(log);
        assertEquals("the last line", source.lastLines(1).get(0));
        assertTrue(source.lastLines(100_000).size() <= LogSource.MAX_TAIL_BYTES / 100 + 1, "bounded by the tail size");
    }
}
