package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.TestBundles;
import org.legalkiosk.hub.audit.AuditEntry;
import org.legalkiosk.hub.content.RolloutStore;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.TerminalIdentity;

/**
 * A rollout scheduled on the console starts at its time (and not before), one cancelled never does; a version on
 * the hub is deleted only when no group targets it, no schedule waits for it and no terminal runs it, with every
 * reason said when refused, and its files and no-longer-named objects go with it.
 */
class ScheduledRolloutAndDeleteTest {

    @TempDir
    static Path work;

    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        for (long v : List.of(5L, 6L, 7L, 8L)) {
            hub.hub
                    .content()
                    .accept("test", Files.copy(TestBundles.build(work, v, hub.countyKey), work.resolve(v + ".up")));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static Long target(String group) {
        return hub.hub.groups().list().stream()
                .filter(g -> g.name().equals(group))
                .findFirst()
                .orElseThrow()
                .contentVersion();
    }

    @Test
    void aScheduledRolloutStartsAtItsTimeAndACancelledOneNever() throws Exception {
        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/content");
        Instant now = hub.clock.instant();
        Long other = target("石桥镇"); // the other test may have set it; the schedules here must not change it
        HttpResponse<String> past = admin.post(
                "/content/rollout",
                Map.of("scope", "pilot", "group", "城关镇", "version", "6", "startsAt", "2020-01-01T09:00"));
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("href=\"#startsAt\""), "the start field is named");
        HttpResponse<String> garbled =
                admin.post("/content/rollout", Map.of("scope", "all", "allVersion", "6", "allStartsAt", "tomorrow"));
        assertEquals(400, garbled.statusCode());
        assertTrue(garbled.body().contains("href=\"#allStartsAt\""));

        // 2026-12-01T02:00Z is 10:00 in the county; schedule v6 for the pilot at 12:00 and v7 for all at 13:00.
        assertEquals(
                303,
                admin.post(
                                "/content/rollout",
                                Map.of(
                                        "scope",
                                        "pilot",
                                        "group",
                                        "城关镇",
                                        "version",
                                        "6",
                                        "startsAt",
                                        "2026-12-01T12:00"))
                        .statusCode());
        assertEquals(
                303,
                admin.post(
                                "/content/rollout",
                                Map.of("scope", "all", "allVersion", "7", "allStartsAt", "2026-12-01T13:00"))
                        .statusCode());
        var pending = hub.hub.rollouts().pending();
        assertEquals(2, pending.size());
        assertEquals(Instant.parse("2026-12-01T04:00:00Z"), pending.get(0).startsAt());
        String page = admin.get("/content").body();
        assertTrue(page.contains("id=\"schedule-" + pending.get(0).id() + "\""), "listed on the page");

        assertEquals(0, hub.hub.rollouts().applyDue(now.plus(Duration.ofMinutes(119))), "not before its time");
        assertNull(target("城关镇"));
        assertEquals(1, hub.hub.rollouts().applyDue(now.plus(Duration.ofHours(2))));
        assertEquals(6L, target("城关镇"));
        assertEquals(other, target("石桥镇"), "only the pilot group");
        assertEquals(0, hub.hub.rollouts().applyDue(now.plus(Duration.ofHours(2))), "applied once");

        assertEquals(
                303,
                admin.post("/content/schedules/" + pending.get(1).id() + "/cancel", Map.of())
                        .statusCode());
        HttpResponse<String> again =
                admin.post("/content/schedules/" + pending.get(1).id() + "/cancel", Map.of());
        assertEquals(409, again.statusCode(), "already cancelled");
        assertEquals(0, hub.hub.rollouts().applyDue(now.plus(Duration.ofDays(1))));
        assertEquals(other, target("石桥镇"), "a cancelled schedule never runs");

        List<String> audit =
                hub.hub.audit().recent(20).stream().map(AuditEntry::action).toList();
        assertTrue(audit.containsAll(
                List.of("content.rollout-scheduled", "content.rollout", "content.rollout-cancelled")));
        AuditEntry applied = hub.hub.audit().recent(20).stream()
                .filter(e -> e.action().equals("content.rollout"))
                .findFirst()
                .orElseThrow();
        assertEquals(RolloutStore.SCHEDULER, applied.actor());
        assertTrue(applied.detail().contains("scheduled by admin"), applied.detail());
    }

    @Test
    void aVersionInUseIsNotDeletedAndAnUnusedOneGoesWithItsFiles() throws Exception {
        hub.hub.terminals().enrol(new EnrolRequest(hub.provision("sq-9", "石桥镇").enrolCode(), "t"));
        hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity("sq-9", "石桥镇", "石桥镇"),
                        new HeartbeatRequest("0.1.0", 5L, List.of(), 0, null, 0, null, 5));
        hub.hub.rollouts().toGroup("test", 7, "石桥镇");
        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/content");

        HttpResponse<String> used = admin.post("/content/versions/5/delete", Map.of());
        assertEquals(409, used.statusCode());
        assertTrue(used.body().contains("1 terminal(s) run it"), "says who needs it");
        IllegalArgumentException target = assertThrows(
                IllegalArgumentException.class, () -> hub.hub.content().delete("admin", 7));
        assertTrue(target.getMessage().contains("target of group(s) 石桥镇"), target.getMessage());
        assertTrue(hub.hub.content().find(5).isPresent(), "nothing deleted");

        Path channel = hub.hub.content().channelRoot();
        // v8 is nobody's: no group, schedule or terminal names it.
        assertEquals(303, admin.post("/content/versions/8/delete", Map.of()).statusCode());
        assertFalse(hub.hub.content().find(8).isPresent());
        assertFalse(Files.exists(channel.resolve("versions").resolve("8")));
        assertTrue(Files.exists(channel.resolve("versions").resolve("5").resolve("channel.json")));
        for (String hash : org.legalkiosk.content.bundle.BaseManifest.read(
                        channel.resolve("versions").resolve("5").resolve("manifest.json"))
                .manifest()
                .objectHashes()) {
            assertTrue(Files.isRegularFile(channel.resolve("objects").resolve(hash)), "v5 still needs " + hash);
        }
        assertTrue(admin.get("/content").body().contains("id=\"bundle-5\""));
        assertEquals(
                "content.delete", hub.hub.audit().recent(1).get(0).action(), "who deleted what is in the audit log");
        HttpResponse<String> gone = admin.post("/content/versions/8/delete", Map.of());
        assertEquals(409, gone.statusCode());
        assertTrue(gone.body().contains("is not on the hub"));
    }
}
