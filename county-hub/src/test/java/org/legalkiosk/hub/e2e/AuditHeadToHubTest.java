package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.AuditChainState.Verdict;
import org.legalkiosk.kiosk.hub.AuditHeadReader;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.FileNoticesStore;

/**
 * The kiosk's real audit log ({@link FileAuditLog}, hash-chained) reported by its own heartbeat worker to the hub:
 * a log that only grows stays OK through many heartbeats; an older copy put back is seen as BACKWARDS; a log rebuilt
 * with every link recomputed (which the kiosk's own {@code audit verify} accepts) is seen as FORKED.
 */
class AuditHeadToHubTest {

    private static AuditLog.Entry entry(int n) {
        return AuditLog.Entry.local(
                Instant.parse("2026-12-01T02:00:00Z").plusSeconds(n),
                "console:root",
                "CLI",
                "content",
                true,
                "change " + n);
    }

    private static HeartbeatWorker kiosk(HubFixture hub, Path dir, String id) throws Exception {
        Files.writeString(
                dir.resolve(HubCredentials.ENROL_CODE_FILE),
                hub.provision(id, "城关镇").enrolCode());
        HubClient client = new HubClient(hub.server.uri());
        HeartbeatRequest report = new HeartbeatRequest("0.1.0", 3L, List.of(), 0, null, 0, null, 10);
        AuditHeadReader audit = new AuditHeadReader(new FileAuditLog(dir).file());
        return new HeartbeatWorker(
                client,
                new HubCredentials(dir.resolve("hub-token"), dir.resolve(HubCredentials.ENROL_CODE_FILE)),
                () -> report,
                new HubNoticeSync(new FileNoticesStore(dir)),
                HeartbeatWorker.Actions.LOG_ONLY,
                "0.1.0",
                60,
                audit::read);
    }

    private static Verdict verdict(HubFixture hub, String id) {
        return hub.hub.auditChains().state(id).orElseThrow().verdict();
    }

    @Test
    void aGrowingLogStaysOkAnOlderCopyPutBackIsBackwardsAndARebuiltLogIsForked(@TempDir Path a, @TempDir Path b)
            throws Exception {
        try (HubFixture hub = new HubFixture()) {
            FileAuditLog log = new FileAuditLog(a);
            HeartbeatWorker kiosk = kiosk(hub, a, "t-grows");
            for (int i = 1; i <= 3; i++) {
                log.append(entry(i));
            }
            kiosk.beatOnce();
            Path copy = Files.copy(log.file(), a.resolve("audit-copy.log"));
            for (int i = 4; i <= 6; i++) {
                log.append(entry(i));
                kiosk.beatOnce();
                kiosk.beatOnce();
            }
            assertEquals(Verdict.OK, verdict(hub, "t-grows"));
            assertEquals(
                    6, hub.hub.auditChains().state("t-grows").orElseThrow().anchored(), "the anchor followed the log");

            Files.move(copy, log.file(), StandardCopyOption.REPLACE_EXISTING); // yesterday's copy put back
            log.append(entry(7));
            kiosk.beatOnce();
            assertEquals(Verdict.BACKWARDS, verdict(hub, "t-grows"));

            FileAuditLog other = new FileAuditLog(b);
            HeartbeatWorker rebuilt = kiosk(hub, b, "t-rebuilt");
            for (int i = 1; i <= 4; i++) {
                other.append(entry(i));
            }
            rebuilt.beatOnce();
            rebuilt.beatOnce();
            // Someone deletes the log and writes a new one with a different second line and more after it: every
            // link holds, so the kiosk's own check passes, but line 4 is not the line the hub anchored.
            Files.delete(other.file());
            other.append(entry(1));
            other.append(entry(20));
            for (int i = 3; i <= 6; i++) {
                other.append(entry(i));
            }
            assertEquals(0, other.verify().brokenAtLine(), "the rebuilt chain is intact on its own");
            rebuilt.beatOnce();
            assertEquals(Verdict.FORKED, verdict(hub, "t-rebuilt"));
        }
    }
}
