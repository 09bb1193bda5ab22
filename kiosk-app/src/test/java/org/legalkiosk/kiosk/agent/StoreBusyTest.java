package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.StoreOptions;
import org.legalkiosk.kiosk.agent.usb.AuditedUpdates;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.AuditLog;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.ContentBusyException;
import org.legalkiosk.kiosk.store.FileAuditLog;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * The content store allows one holder. Another holder (a {@code legalkiosk content} command in another process,
 * or a second store object on the same folder) is a typed {@link ContentBusyException}, answered 409 {@code busy},
 * never a 500; once it lets go, the same change goes through.
 */
class StoreBusyTest {

    private static final String HELD_ELSEWHERE = "the content store is in use by another process on this kiosk";

    @TempDir
    Path dir;

    @Test
    void aStoreHeldByAnotherProcessIsBusyAndThePushGoesThroughOnceItIsReleased() throws Exception {
        try (AgentFixture agent = new AgentFixture(dir.resolve("data"))) {
            Path bundle = agent.bundles.build(1);
            Process holder = holdStoreInAnotherProcess(KioskSettings.contentStore(agent.dataDir));
            HttpResponse<String> refused;
            try {
                refused = agent.pushBundle(bundle, agent.publisher);
            } finally {
                holder.getOutputStream().close();
                assertEquals(0, holder.waitFor(), "the holder process ended cleanly");
            }
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("busy", AgentFixture.error(refused));
            assertEquals(
                    HELD_ELSEWHERE, AgentFixture.body(refused).get("message").asText());
            assertTrue(agent.services.content().current().isEmpty(), "nothing was applied");
            AuditLog.Entry logged = lastAudit(agent);
            assertEquals(409, logged.status());
            assertEquals("refused: " + HELD_ELSEWHERE, logged.detail());

            HttpResponse<String> accepted = agent.pushBundle(bundle, agent.publisher);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertEquals(1L, agent.services.content().current().orElseThrow().version());
        }
    }

    @Test
    void aSecondStoreObjectOnTheSameFolderGetsTheTypedErrorNotAnIoFailure() throws Exception {
        Path data = dir.resolve("data");
        Bundles bundles = new Bundles(Files.createDirectories(dir.resolve("bundles")));
        bundles.trustIn(data);
        StoreContentAdmin second = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        try (ContentStore held = ContentStore.open(
                KioskSettings.contentStore(data), StoreOptions.of(TrustedKeys.read(data.resolve("trusted-keys"))))) {
            ContentBusyException busy = assertThrows(
                    ContentBusyException.class, () -> second.apply(bundles.build(1), ContentAdmin.Source.PUSH));
            assertTrue(busy.heldByAnotherProcess());
            assertNull(busy.holder(), "no update of this process holds it");
            assertThrows(ContentBusyException.class, second::versions);
            assertThrows(ContentBusyException.class, () -> second.rollback(1));
            assertTrue(second.lastResult().isEmpty(), "turned away is not an update the status reports");
        }
        assertEquals(
                1L, second.apply(bundles.build(1), ContentAdmin.Source.PUSH).version(), "free again");
    }

    @Test
    void theUsbInboxWaitsForTheStoreInsteadOfRefusingTheStick() throws Exception {
        Path data = dir.resolve("data");
        Bundles bundles = new Bundles(Files.createDirectories(dir.resolve("bundles")));
        bundles.trustIn(data);
        StoreContentAdmin content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        Path inboxFolder = Files.createDirectories(dir.resolve("usb"));
        Files.copy(bundles.build(1), inboxFolder.resolve("update.lkb"));
        BundleInbox inbox = new BundleInbox(
                inboxFolder,
                dir.resolve("usb-work"),
                content,
                new AuditedUpdates(outcome -> {}, new FileAuditLog(data)),
                TestKiosk.CLOCK);
        try (ContentStore held = ContentStore.open(
                KioskSettings.contentStore(data), StoreOptions.of(TrustedKeys.read(data.resolve("trusted-keys"))))) {
            assertEquals(List.of(), inbox.checkNow(), "first look: the file is noted");
            assertEquals(List.of(), inbox.checkNow(), "busy: nothing applied, nothing reported");
            assertTrue(Files.exists(inboxFolder.resolve("update.lkb")), "the stick's file is left for the next check");
        }
        inbox.checkNow();
        List<UpdateOutcome> done = inbox.checkNow();
        assertEquals(1, done.size());
        assertTrue(done.get(0).ok(), done.get(0).toString());
        assertEquals(Optional.of(1L), content.current().map(ContentAdmin.Version::version));
    }

    /** Starts {@link StoreHolder} on {@code store} and returns once it says it holds it. */
    private static Process holdStoreInAnotherProcess(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertTrue(first != null && first.startsWith("HELD"), "the holder process did not take the store: " + first);
        return p;
    }

    private static AuditLog.Entry lastAudit(AgentFixture agent) throws Exception {
        List<AuditLog.Entry> entries = agent.services.audit().latest(1);
        assertEquals(1, entries.size());
        return entries.get(0);
    }
}
