package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.agent.usb.AuditedUpdates;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.store.AuditChain;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.store.TokenStore;
import org.legalkiosk.kiosk.testing.TestKiosk;
import picocli.CommandLine;

/**
 * Issue 13, finding 7: the audit log shows tampering (a line added or changed by hand is reported as the first
 * broken link, by the API and by {@code legalkiosk audit verify}) and covers every path a change can take.
 */
class AuditChainTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return new Run(cl.execute(args), out.toString());
    }

    @Test
    void aLineAppendedByHandIsReportedAsTheFirstBrokenLink() throws Exception {
        try (AgentFixture agent = new AgentFixture(dir.resolve("data"))) {
            String notice = "{\"id\":\"office-closed\",\"title\":{\"zh\":\"今天司法所不办公\"}}";
            assertEquals(
                    201,
                    agent.json("POST", "/api/v1/notices", agent.publisher, notice)
                            .statusCode());
            assertEquals(
                    200,
                    agent.json(
                                    "PUT",
                                    "/api/v1/config",
                                    agent.admin,
                                    "{\"idleTimeoutSeconds\":120,\"defaultLanguage\":\"zh\"}")
                            .statusCode());
            JsonNode chain =
                    AgentFixture.body(agent.get("/api/v1/audit", agent.admin)).get("chain");
            assertTrue(chain.get("intact").asBoolean(), chain.toString());
            assertEquals(
                    AuditChain.hash(Files.readAllLines(agent.dataDir.resolve(FileAuditLog.FILE_NAME))
                            .get(1)),
                    chain.get("head").asText(),
                    "the head to anchor elsewhere is the last line's hash");
            Run ok = cli("audit", "verify", "--data-dir", agent.dataDir.toString());
            assertEquals(0, ok.exit(), ok.out());
            assertTrue(ok.out().contains("OK: 2 lines"), ok.out());

            Path log = agent.dataDir.resolve(FileAuditLog.FILE_NAME);
            String forged = "{\"time\":\"2026-11-28T07:00:00Z\",\"tokenId\":null,\"tokenName\":\"county-admin\","
                    + "\"role\":\"admin\",\"remote\":\"10.8.0.6\",\"method\":\"PUT\",\"path\":\"/api/v1/content\","
                    + "\"status\":200,\"detail\":\"content version 9 active\",\"prev\":\"" + "ab".repeat(32) + "\"}\n";
            Files.writeString(log, forged, StandardOpenOption.APPEND);

            JsonNode broken =
                    AgentFixture.body(agent.get("/api/v1/audit", agent.admin)).get("chain");
            assertFalse(broken.get("intact").asBoolean());
            assertEquals(3, broken.get("firstBrokenLine").asInt(), broken.toString());
            Run bad = cli("audit", "verify", "--data-dir", agent.dataDir.toString());
            assertEquals(1, bad.exit(), bad.out());
            assertTrue(bad.out().contains("BROKEN at line 3"), bad.out());
        }
    }

    @Test
    void changingALineBreaksTheLinkOfTheOneAfterIt() throws Exception {
        FileAuditLog log = new FileAuditLog(dir);
        for (int i = 0; i < 5; i++) {
            log.append(AuditLog.Entry.local(
                    Instant.parse("2026-11-28T08:00:00Z"), "test", "CLI", "content", true, "change " + i));
        }
        assertTrue(log.verify().intact());
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.set(1, lines.get(1).replace("change 1", "change 9"));
        Files.write(log.file(), lines);
        assertEquals(3, log.verify().brokenAtLine());

        lines.remove(1);
        lines.set(0, Files.readAllLines(log.file()).get(0));
        Files.write(log.file(), lines);
        assertEquals(2, log.verify().brokenAtLine(), "a removed line shows too");
    }

    @Test
    void linesFromBeforeTheChainAreCountedAndTheChainContinuesFromThem() throws Exception {
        Path file = dir.resolve(FileAuditLog.FILE_NAME);
        Files.writeString(
                file,
                "{\"time\":\"2026-11-01T08:00:00Z\",\"method\":\"POST\",\"path\":\"/api/v1/notices\","
                        + "\"status\":201,\"detail\":\"from an older kiosk\"}\n");
        FileAuditLog log = new FileAuditLog(dir);
        log.append(AuditLog.Entry.local(Instant.parse("2026-12-01T08:00:00Z"), "test", "CLI", "content", true, "new"));
        AuditChain.Report report = log.verify();
        assertTrue(report.intact(), report.problem());
        assertEquals(1, report.unchained());
        assertEquals(2, log.latest(10).size());
    }

    @Test
    void aTornLastLineIsClosedAndChainedAndConcurrentWritersKeepTheChainWhole() throws Exception {
        FileAuditLog first = new FileAuditLog(dir);
        first.append(AuditLog.Entry.local(Instant.EPOCH, "test", "CLI", "content", true, "before the power cut"));
        Files.writeString(first.file(), "{\"time\":\"2026-", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                // Separate instances, as the kiosk and a console command are.
                FileAuditLog log = new FileAuditLog(dir);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        log.append(AuditLog.Entry.local(
                                Instant.EPOCH, "writer-" + writer, "CLI", "content", true, "entry " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        AuditChain.Report report = first.verify();
        assertTrue(report.intact(), report.problem());
        assertEquals(102, report.lines());
        assertEquals(101, first.latest(1000).size(), "the torn line is not an entry");
    }

    @Test
    void consoleTokenAndContentCommandsAndUsbUpdatesAreAudited() throws Exception {
        Path data = dir.resolve("data");
        Bundles bundles = new Bundles(Files.createDirectories(dir.resolve("bundles")));
        bundles.trustIn(data);
        Run created = cli(
                "agent",
                "token",
                "create",
                "--role",
                "publisher",
                "--name",
                "county-editor",
                "--data-dir",
                data.toString());
        assertEquals(0, created.exit(), created.out());
        String id = new TokenStore(data, TestKiosk.CLOCK).list().get(0).id();
        assertEquals(
                0,
                cli("agent", "token", "revoke", id, "--data-dir", data.toString())
                        .exit());
        assertEquals(
                0,
                cli("content", "apply", bundles.build(1).toString(), "--data-dir", data.toString())
                        .exit());
        assertEquals(
                0,
                cli("content", "apply", bundles.build(2).toString(), "--data-dir", data.toString())
                        .exit());
        assertEquals(
                0,
                cli("content", "rollback", "1", "--data-dir", data.toString()).exit());
        assertEquals(0, cli("content", "unpin", "--data-dir", data.toString()).exit());

        Path stick = Files.createDirectories(dir.resolve("stick"));
        Files.copy(bundles.build(3), stick.resolve("v3.lkb"));
        Files.writeString(stick.resolve("junk.lkb"), "not a bundle");
        BundleInbox inbox = new BundleInbox(
                stick,
                data.resolve("usb-work"),
                StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK),
                new AuditedUpdates(UpdateResultListener.NONE, new FileAuditLog(data)),
                TestKiosk.CLOCK);
        inbox.checkNow();
        inbox.checkNow();

        FileAuditLog log = new FileAuditLog(data);
        List<AuditLog.Entry> entries = log.latest(100);
        List<String> lines = entries.stream()
                .map(e -> e.method() + " " + e.path() + " " + e.status() + " " + e.detail())
                .toList();
        assertTrue(
                lines.get(0).startsWith("CLI agent token create 200 token " + id + " (county-editor, publisher)"),
                lines.toString());
        assertTrue(lines.get(1).startsWith("CLI agent token revoke 200 token " + id), lines.toString());
        assertTrue(lines.get(2).startsWith("CLI content apply 200 Content version 1"), lines.toString());
        assertTrue(lines.get(4).startsWith("CLI content rollback 200 Content version 1"), lines.toString());
        assertTrue(lines.get(5).startsWith("CLI content unpin 200"), lines.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("USB content 422 refused") && l.contains("junk.lkb")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("USB content 200 applied v3.lkb")), lines.toString());
        assertTrue(entries.get(0).tokenName().startsWith("console:"), "who ran the command");
        assertTrue(log.verify().intact());
        assertFalse(
                Files.readString(log.file())
                        .contains(created.out().lines().findFirst().orElseThrow()),
                "the new token's secret is never audited");
    }

    @Test
    void aSettingsChangeIsAuditedWithOldAndNewValues() throws Exception {
        try (AgentFixture agent = new AgentFixture(dir.resolve("data"))) {
            assertEquals(
                    200,
                    agent.json(
                                    "PUT",
                                    "/api/v1/config",
                                    agent.admin,
                                    "{\"idleTimeoutSeconds\":120,\"defaultLanguage\":\"zh\"}")
                            .statusCode());
            assertEquals(
                    200,
                    agent.json(
                                    "PUT",
                                    "/api/v1/config",
                                    agent.admin,
                                    "{\"idleTimeoutSeconds\":300,\"defaultLanguage\":\"en\",\"pull\":{\"channel\":"
                                            + "\"https://files.county.example/stable/channel.json\"}}")
                            .statusCode());
            List<AuditLog.Entry> entries = new FileAuditLog(agent.dataDir).latest(2);
            assertEquals(
                    "settings: idleTimeoutSeconds default -> 120, defaultLanguage default -> zh, pull default -> "
                            + "default",
                    entries.get(0).detail());
            assertEquals(
                    "settings: idleTimeoutSeconds 120 -> 300, defaultLanguage zh -> en, pull default -> "
                            + "https://files.county.example/stable/channel.json every 15 min",
                    entries.get(1).detail());
        }
    }
}
