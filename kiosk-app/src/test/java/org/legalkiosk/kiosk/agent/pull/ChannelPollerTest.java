package org.legalkiosk.kiosk.agent.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BaseManifest;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** A kiosk pulling from a real static server on loopback, one that sometimes drops connections mid-transfer. */
class ChannelPollerTest {

    @TempDir
    Path dir;

    private Path data;
    private Path site;
    private SignedBundles bundles;
    private ContentAdmin content;
    private FlakyStaticServer server;
    private final List<UpdateOutcome> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        site = Files.createDirectories(dir.resolve("site"));
        bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        server = new FlakyStaticServer(site);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChannelPoller poller(URI channel) {
        PullSettings settings =
                new PullSettings(channel, Duration.ofMinutes(15), 0.1, Duration.ofMinutes(1), Duration.ofHours(4));
        return new ChannelPoller(
                settings,
                content,
                ChannelPollerKeys.of(data),
                KioskSettings.contentStore(data).resolve("objects"),
                data.resolve("pull"),
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(10), 5),
                TestKiosk.CLOCK,
                new Random(42),
                told::add);
    }

    private void publish(long version) throws Exception {
        ChannelPublisher.publish(bundles.build(version), bundles.key(), site.resolve("stable"), TestKiosk.NOW);
    }

    private long active() throws IOException {
        return content.current().map(ContentAdmin.Version::version).orElse(0L);
    }

    @Test
    void aKioskResumesDroppedDownloadsWithRangeAndEndsUpWithTheNewVersion() throws Exception {
        publish(1);
        server.dropFirstResponseOf(path -> path.contains("/objects/"));
        ChannelPoller poller = poller(server.uri("stable/channel.json"));

        PullResult result = poller.checkNow();

        assertEquals(PullResult.Status.APPLIED, result.status(), result.message());
        assertEquals(1, active());
        assertEquals(1, told.size());
        assertTrue(told.get(0).ok());
        assertEquals(UpdateOutcome.Source.PULL, told.get(0).source());
        List<FlakyStaticServer.Request> objects = server.requestsUnder("stable/objects/");
        assertTrue(objects.stream().anyMatch(FlakyStaticServer.Request::dropped), "some transfers were cut off");
        assertTrue(
                objects.stream().anyMatch(r -> r.range() != null && !r.range().equals("bytes=0-")),
                "and resumed from where they stopped: " + objects);
        assertEquals(0, poller.consecutiveFailures());
        assertEquals(PullResult.Status.UP_TO_DATE, poller.checkNow().status(), "nothing more to do");
    }

    @Test
    void onlyTheObjectsTheKioskLacksAreDownloaded() throws Exception {
        publish(1);
        ChannelPoller poller = poller(server.uri("stable/channel.json"));
        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        publish(2);
        server.requests.clear();

        PullResult result = poller.checkNow();

        assertEquals(PullResult.Status.APPLIED, result.status(), result.message());
        assertEquals(2, active());
        BundleManifest v1 = BaseManifest.read(bundles.build(1)).manifest();
        BundleManifest v2 = BaseManifest.read(bundles.build(2)).manifest();
        Set<String> lacking = new HashSet<>(v2.objectHashes());
        lacking.removeAll(v1.objectHashes());
        assertEquals(1, lacking.size(), "the versions differ in one file");
        Set<String> fetched = new HashSet<>();
        server.requestsUnder("stable/objects/")
                .forEach(r -> fetched.add(r.path().substring("stable/objects/".length())));
        assertEquals(lacking, fetched);
        assertEquals(1, result.objectsDownloaded());
    }

    @Test
    void aTamperedChannelIsRefusedAndNothingIsDownloaded() throws Exception {
        publish(1);
        Path channel = site.resolve("stable/channel.json");
        Files.writeString(channel, Files.readString(channel).replace("release 1", "release 9"), StandardCharsets.UTF_8);
        ChannelPoller poller = poller(server.uri("stable/channel.json"));

        PullResult result = poller.checkNow();

        assertEquals(PullResult.Status.FAILED, result.status());
        assertEquals("BAD_SIGNATURE", result.reason(), result.message());
        assertEquals(0, active());
        assertEquals(List.of(), server.requestsUnder("stable/versions/"));
        assertEquals(List.of(), server.requestsUnder("stable/objects/"));
        assertEquals(1, poller.consecutiveFailures());
        assertEquals(List.of(), told, "nothing to show on screen");
    }

    @Test
    void aChannelSignedByAStrangerIsRefused() throws Exception {
        SignedBundles stranger = new SignedBundles(dir.resolve("stranger"));
        ChannelPublisher.publish(stranger.build(1), stranger.key(), site.resolve("stable"), TestKiosk.NOW);
        PullResult result = poller(server.uri("stable/channel.json")).checkNow();
        assertEquals("UNKNOWN_KEY", result.reason(), result.message());
        assertEquals(0, active());
    }

    @Test
    void withoutNetworkTheWaitGrowsAndNothingChanges() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ChannelPoller poller = poller(URI.create("http://127.0.0.1:" + closedPort + "/stable/channel.json"));
        Duration healthy = poller.nextDelay();
        Duration previous = Duration.ZERO;
        for (int i = 1; i <= 5; i++) {
            PullResult r = poller.checkNow();
            assertEquals(PullResult.Status.FAILED, r.status());
            assertEquals("IO_ERROR", r.reason());
            assertEquals(i, poller.consecutiveFailures());
            Duration wait = poller.nextDelay();
            assertTrue(wait.compareTo(previous) > 0, "attempt " + i + ": " + wait + " after " + previous);
            previous = wait;
        }
        assertTrue(previous.compareTo(Duration.ofMinutes(14)) > 0, "backed off to about 16 minutes: " + previous);
        assertTrue(
                healthy.compareTo(Duration.ofMinutes(13)) > 0 && healthy.compareTo(Duration.ofMinutes(17)) < 0,
                "the interval with at most 10 % jitter: " + healthy);
        assertEquals(0, active());
        assertFalse(Files.exists(KioskSettings.contentStore(data).resolve("current")));
    }

    @Test
    void theWaitNeverExceedsTheLongestBackoff() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ChannelPoller poller = poller(URI.create("http://127.0.0.1:" + closedPort + "/channel.json"));
        for (int i = 0; i < 12; i++) {
            poller.checkNow();
        }
        assertTrue(
                poller.nextDelay().compareTo(Duration.ofHours(4).plusMinutes(25)) < 0,
                poller.nextDelay().toString());
    }

    @Test
    void aPublishedChannelRecoversOnceTheServerIsBack() throws Exception {
        ChannelPoller poller = poller(server.uri("stable/channel.json"));
        assertEquals(PullResult.Status.FAILED, poller.checkNow().status(), "nothing published yet: 404");
        publish(3);
        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        assertEquals(0, poller.consecutiveFailures());
        assertEquals(3, active());
    }
}
