package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.StoreOptions;
import org.legalkiosk.kiosk.agent.pull.ChannelPoller;
import org.legalkiosk.kiosk.agent.pull.ChannelPublisher;
import org.legalkiosk.kiosk.agent.pull.FlakyStaticServer;
import org.legalkiosk.kiosk.agent.pull.HttpFetcher;
import org.legalkiosk.kiosk.agent.pull.PullResult;
import org.legalkiosk.kiosk.agent.pull.PullSettings;
import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Push, USB stick and pull share one content admin, so one apply lock: while one source applies, the others are
 * turned away at once and keep what they have, then succeed when they try again. The status says which source
 * made the last change.
 */
class ConcurrentSourcesTest {

    @TempDir
    Path dir;

    private Path data;
    private SignedBundles bundles;
    private FlakyStaticServer site;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicBoolean gateNextOpen = new AtomicBoolean();
    private final CountDownLatch applying = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private StoreContentAdmin content;
    private AgentFixture agent;
    private BundleInbox usb;
    private ChannelPoller pull;

    @BeforeEach
    void setUp() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        Path root = KioskSettings.contentStore(data);
        // The real store, held open by whichever source applies; the gate lets the test catch one in the act.
        content = new StoreContentAdmin(
                root,
                () -> {
                    if (gateNextOpen.getAndSet(false)) {
                        applying.countDown();
                        try {
                            if (!release.await(60, TimeUnit.SECONDS)) {
                                throw new java.io.IOException("the test never released the apply");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new java.io.IOException(e);
                        }
                    }
                    return ContentStore.open(root, StoreOptions.of(TrustedKeys.read(data.resolve("trusted-keys"))));
                },
                TestKiosk.CLOCK);
        agent = new AgentFixture(
                data, c -> c, s -> AgentServices.forDataDir(data, "0.1.0-SNAPSHOT", s.clock(), List::of, content));
        usb = new BundleInbox(
                Files.createDirectories(dir.resolve("stick")),
                dir.resolve("usb-work"),
                content,
                UpdateResultListener.NONE,
                TestKiosk.CLOCK);
        site = new FlakyStaticServer(Files.createDirectories(dir.resolve("site")));
        pull = new ChannelPoller(
                PullSettings.of(site.uri("stable/channel.json")),
                content,
                () -> TrustedKeys.read(data.resolve("trusted-keys")),
                root.resolve("objects"),
                data.resolve("pull"),
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(10), 5),
                TestKiosk.CLOCK,
                new Random(1),
                UpdateResultListener.NONE);
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        background.shutdownNow();
        agent.close();
        site.close();
    }

    private Future<List<UpdateOutcome>> usbAppliesInTheBackground() throws Exception {
        assertEquals(List.of(), usb.checkNow(), "first sight of the file: it may still be copying");
        gateNextOpen.set(true);
        Future<List<UpdateOutcome>> outcome = background.submit(usb::checkNow);
        assertTrue(applying.await(60, TimeUnit.SECONDS), "the USB update reached the store");
        return outcome;
    }

    private JsonNode lastUpdate() throws Exception {
        HttpResponse<String> status = agent.get("/api/v1/status", agent.viewer);
        assertEquals(200, status.statusCode(), status.body());
        return AgentFixture.body(status).get("lastUpdate");
    }

    private long active() throws Exception {
        return content.current().map(ContentAdmin.Version::version).orElse(0L);
    }

    @Test
    void whileAUsbStickIsAppliedPushAndPullAreTurnedAwayAndLoseNothing() throws Exception {
        Files.copy(bundles.build(1), dir.resolve("stick/update.lkb"));
        ChannelPublisher.publish(bundles.build(2), bundles.key(), dir.resolve("site/stable"), TestKiosk.NOW);
        Future<List<UpdateOutcome>> usbOutcome = usbAppliesInTheBackground();

        HttpResponse<String> push = agent.pushBundle(bundles.build(3), agent.publisher);
        assertEquals(409, push.statusCode(), push.body());
        assertEquals("busy", AgentFixture.error(push));
        PullResult pulled = pull.checkNow();
        assertEquals(PullResult.Status.FAILED, pulled.status());
        assertEquals("BUSY", pulled.reason(), pulled.message());
        assertEquals(0, active(), "nothing changed while the stick was being applied");

        release.countDown();
        List<UpdateOutcome> outcomes = usbOutcome.get(120, TimeUnit.SECONDS);
        assertEquals(1, outcomes.size());
        assertTrue(outcomes.get(0).ok(), outcomes.get(0).message());
        assertEquals(1, active());
        assertEquals("usb", lastUpdate().get("source").asText());

        PullResult retried = pull.checkNow();
        assertEquals(PullResult.Status.APPLIED, retried.status(), retried.message());
        assertEquals(0, retried.objectsDownloaded(), "what the busy check downloaded was kept for the retry");
        assertEquals(2, active());
        JsonNode afterPull = lastUpdate();
        assertEquals("pull", afterPull.get("source").asText());
        assertEquals("apply", afterPull.get("action").asText());
        assertTrue(afterPull.get("ok").asBoolean());
        assertEquals(2, afterPull.get("version").asLong());

        HttpResponse<String> pushAgain = agent.pushBundle(bundles.build(3), agent.publisher);
        assertEquals(200, pushAgain.statusCode(), pushAgain.body());
        assertEquals(3, active());
        assertEquals("push", lastUpdate().get("source").asText());
        try (Stream<Path> left = Files.list(data.resolve("pull/objects"))) {
            assertEquals(0, left.count(), "downloads are cleared once applied");
        }
    }

    @Test
    void whileAPushIsAppliedTheStickWaitsInItsFolderAndIsAppliedAfterwards() throws Exception {
        Files.copy(bundles.build(2), dir.resolve("stick/update.lkb"));
        ChannelPublisher.publish(bundles.build(2), bundles.key(), dir.resolve("site/stable"), TestKiosk.NOW);
        Path v1 = bundles.build(1);
        gateNextOpen.set(true);
        Future<HttpResponse<String>> push = background.submit(() -> agent.pushBundle(v1, agent.publisher));
        assertTrue(applying.await(60, TimeUnit.SECONDS), "the push reached the store");

        assertEquals(List.of(), usb.checkNow());
        assertEquals(List.of(), usb.checkNow(), "busy: not applied, not reported, not moved");
        assertTrue(Files.exists(dir.resolve("stick/update.lkb")));
        assertFalse(Files.exists(dir.resolve("stick").resolve(BundleInbox.FAILED)));
        assertEquals("BUSY", pull.checkNow().reason());
        HttpResponse<String> secondPush = agent.pushBundle(bundles.build(3), agent.publisher);
        assertEquals(409, secondPush.statusCode(), "a second push is turned away too");

        release.countDown();
        assertEquals(200, push.get(120, TimeUnit.SECONDS).statusCode());
        assertEquals(1, active());
        assertEquals("push", lastUpdate().get("source").asText());

        usb.checkNow();
        List<UpdateOutcome> later = usb.checkNow();
        assertEquals(1, later.size(), "the stick's bundle is taken at the next checks");
        assertTrue(later.get(0).ok(), later.get(0).message());
        assertEquals(2, active());
        assertTrue(
                Files.exists(dir.resolve("stick").resolve(BundleInbox.PROCESSED).resolve("update.lkb")));
        JsonNode last = lastUpdate();
        assertEquals("usb", last.get("source").asText());
        assertEquals(2, last.get("version").asLong());
        assertEquals(PullResult.Status.UP_TO_DATE, pull.checkNow().status());
    }

    @Test
    void aRefusedUpdateIsReportedWithItsSourceAndReason() throws Exception {
        Files.copy(bundles.buildWithStrangerKey(1), dir.resolve("stick/stranger.lkb"));
        usb.checkNow();
        List<UpdateOutcome> outcomes = usb.checkNow();
        assertFalse(outcomes.get(0).ok());

        JsonNode last = lastUpdate();
        assertEquals("usb", last.get("source").asText());
        assertFalse(last.get("ok").asBoolean());
        assertEquals("UNKNOWN_KEY", last.get("reason").asText());
        assertTrue(last.get("version").isNull());
    }
}
