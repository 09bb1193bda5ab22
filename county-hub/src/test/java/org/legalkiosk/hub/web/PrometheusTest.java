package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;

/**
 * The hub's {@code /metrics} checked by Prometheus' own {@code promtool check metrics}, and the alert rules shipped
 * in {@code deploy/prometheus/} run through {@code promtool test rules} (Debian's {@code prometheus} package).
 */
class PrometheusTest {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Path RULES = Path.of("..", "deploy", "prometheus");

    @BeforeAll
    static void needsPromtool() {
        Assumptions.assumeTrue(
                Files.isExecutable(PROMTOOL),
                "needs promtool from Debian's prometheus package (apt-get install prometheus)");
    }

    private static ProcessResult run(Path dir, byte[] input, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try (var in = p.getOutputStream()) {
            in.write(input);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ProcessResult(p.waitFor(), out);
    }

    record ProcessResult(int status, String output) {}

    @Test
    void theShippedAlertRulesPassTheirTests() throws Exception {
        ProcessResult check = run(RULES, new byte[0], "check", "rules", "county-hub-alerts.yml");
        assertEquals(0, check.status(), check.output());
        ProcessResult test = run(RULES, new byte[0], "test", "rules", "county-hub-alerts.test.yml");
        assertEquals(0, test.status(), test.output());
        assertTrue(test.output().contains("SUCCESS"), test.output());
    }

    @Test
    void theHubsMetricsAreValidPrometheusText() throws Exception {
        try (HubFixture hub = new HubFixture()) {
            hub.hub
                    .terminals()
                    .enrol(new EnrolRequest(hub.provision("t-m", "城关镇").enrolCode(), "t"));
            hub.hub
                    .heartbeats()
                    .accept(
                            new TerminalIdentity("t-m", "城关镇", "城关镇"),
                            new HeartbeatRequest(
                                    "0.1.0",
                                    2L,
                                    List.of(new DeviceReport("receipt", null, "NEEDS_ATTENTION", "paper-out")),
                                    1,
                                    null,
                                    4,
                                    null,
                                    10,
                                    new ContentPin(2, 3, null),
                                    new AuditHead(12, "a".repeat(64), 7, null, null)));
            HttpResponse<String> metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(hub.uri("/metrics"))
                                    .header("Authorization", "Bearer " + hub.scrapeToken)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String text = metrics.body();
            assertTrue(text.contains("hub_terminal_up{terminal=\"t-m\",township=\"城关镇\",group=\"城关镇\"} 1"), text);
            assertTrue(
                    text.contains("hub_terminal_devices_attention{terminal=\"t-m\",township=\"城关镇\",group=\"城关镇\"} 1"));
            assertTrue(text.contains("hub_terminal_sync_backlog{terminal=\"t-m\",township=\"城关镇\",group=\"城关镇\"} 4"));
            // Its own check finds the chain broken at line 7, and a rollback pinned it to v2.
            assertTrue(
                    text.contains("hub_terminal_audit_flagged{terminal=\"t-m\",township=\"城关镇\",group=\"城关镇\"} 1"),
                    text);
            assertTrue(
                    text.contains("hub_terminal_content_pinned{terminal=\"t-m\",township=\"城关镇\",group=\"城关镇\"} 1"),
                    text);
            ProcessResult lint = run(Path.of("."), text.getBytes(StandardCharsets.UTF_8), "check", "metrics");
            assertEquals(0, lint.status(), lint.output());
        }
    }
}
