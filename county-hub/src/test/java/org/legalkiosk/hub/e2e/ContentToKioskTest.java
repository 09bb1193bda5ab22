package org.legalkiosk.hub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleArchive;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.channel.ChannelManifest;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.TestBundles;
import org.legalkiosk.hub.protocol.ContentTarget;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.RolloutRow;
import org.legalkiosk.hub.web.ConsoleClient;
import org.legalkiosk.kiosk.agent.pull.PullResult;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.hub.HeartbeatWorker;
import org.legalkiosk.kiosk.hub.HubClient;
import org.legalkiosk.kiosk.hub.HubContentFollower;
import org.legalkiosk.kiosk.hub.HubCredentials;
import org.legalkiosk.kiosk.hub.HubNoticeSync;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.legalkiosk.kiosk.store.StoreContentAdmin;

/**
 * Content and notices from the console to a kiosk on loopback, through the kiosk's own code: a county admin uploads
 * a bundle signed offline and rolls it out to the pilot group; the kiosk's heartbeat worker gets the target, its pull
 * mode ({@link HubContentFollower} over the kiosk's {@code ChannelPoller}) fetches the version from the hub's
 * channel and its content store applies it; the next heartbeat reports the new version and the console counts the
 * terminal on target. A notice composed on the console lands in the kiosk's notices file (the one the Home screen
 * shows). And a version the hub's own channel key signed (as a hub that was broken into could) is refused by the
 * kiosk: only the county's offline key brings content in.
 */
class ContentToKioskTest {

    @Test
    void aBundleUploadedOnTheHubReachesTheKioskThroughPullModeAndANoticeReachesItsScreen(@TempDir Path work)
            throws Exception {
        try (HubFixture hub = new HubFixture()) {
            Path kioskDir = Files.createDirectories(work.resolve("kiosk"));
            Path keys = Files.createDirectories(kioskDir.resolve("trusted-keys"));
            Files.writeString(keys.resolve("county.pub"), SigningKeys.publicPem(hub.countyKey.publicKey()));
            Files.writeString(
                    kioskDir.resolve(HubCredentials.ENROL_CODE_FILE),
                    hub.provision("village-1", "城关镇").enrolCode() + "\n",
                    StandardCharsets.US_ASCII);

            // The kiosk as HubReporting wires it: the shared content admin, the follower as the reply's content action.
            ContentAdmin content = StoreContentAdmin.forDataDir(kioskDir, "0.1.0", Clock.systemUTC());
            HubClient client = new HubClient(hub.server.uri());
            FileNoticesStore notices = new FileNoticesStore(kioskDir);
            try (HubContentFollower follower = HubContentFollower.forDataDir(
                    hub.server.uri(), kioskDir, content, Clock.systemUTC(), UpdateResultListener.NONE)) {
                HeartbeatWorker heartbeat = new HeartbeatWorker(
                        client,
                        new HubCredentials(
                                kioskDir.resolve("hub-token"), kioskDir.resolve(HubCredentials.ENROL_CODE_FILE)),
                        () -> new HeartbeatRequest("0.1.0", activeVersion(kioskDir), List.of(), 0, null, 0, null, 60),
                        new HubNoticeSync(notices),
                        new HeartbeatWorker.Actions(follower, () -> {}),
                        "0.1.0",
                        60);
                assertTrue(heartbeat.beatOnce().isPresent(), "enrolled and reported");
                assertEquals(Optional.empty(), content.current(), "no content yet");
                assertEquals(Optional.empty(), follower.following(), "nothing rolled out: nothing to follow");

                ConsoleClient admin = new ConsoleClient(hub.server.uri());
                admin.login("admin", HubFixture.PASSWORD);
                admin.get("/content");
                Path bundle = TestBundles.build(work, 2, hub.countyKey);
                assertEquals(
                        303,
                        admin.send(TestBundles.upload(hub.uri("/content/bundles?csrf=" + admin.csrf), bundle))
                                .statusCode());
                admin.get("/content");
                assertEquals(
                        303,
                        admin.post("/content/rollout", Map.of("scope", "pilot", "group", "城关镇", "version", "2"))
                                .statusCode());
                admin.get("/notices/new");
                HttpResponse<String> notice = admin.post(
                        "/notices",
                        Map.of(
                                "titleZh",
                                "本周五下午律师驻村",
                                "bodyZh",
                                "周五下午两点到五点，村委会一楼。",
                                "startsAt",
                                "2026-12-01T09:00",
                                "groups",
                                "城关镇"));
                assertEquals(303, notice.statusCode(), notice.body());

                Optional<HeartbeatReply> reply = heartbeat.beatOnce();
                assertEquals(2, reply.orElseThrow().content().version());
                assertTrue(follower.following().orElseThrow().toString().endsWith("/pull/v1/versions/2/channel.json"));
                PullResult pulled = follower.checkNow().orElseThrow(); // waits for the follower's own check, if running
                assertEquals(2, content.current().orElseThrow().version(), "the kiosk applied version 2: " + pulled);
                assertEquals("2026-12 第2版", content.current().orElseThrow().label());
                assertTrue(
                        Files.isRegularFile(ContentStore.activeFolder(KioskSettings.contentStore(kioskDir))
                                .orElseThrow()
                                .resolve("categories.yaml")),
                        "the content is on the kiosk's disk");

                List<NoticeDocument> shown = notices.list();
                assertEquals(1, shown.size(), "the notice composed on the console is in the kiosk's notices");
                assertEquals("本周五下午律师驻村", shown.get(0).title().zh());

                heartbeat.beatOnce(); // reports version 2
                RolloutRow row = hub.hub.fleet().rollout(Optional.empty()).stream()
                        .filter(r -> r.group().equals("城关镇"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(1, row.onTarget(), "the console counts the terminal on the target");
                assertTrue(admin.get("/content").body().contains("1 / 1"));

                // A version signed only by the hub's channel key: the kiosk's store refuses it.
                forgeVersion(hub, work, 3);
                follower.accept(new ContentTarget(
                        "stable", 3, hub.hub.content().channelKey().publicKeyBase64()));
                PullResult forged = follower.checkNow().orElseThrow();
                assertEquals(PullResult.Status.FAILED, forged.status());
                assertEquals("UNKNOWN_KEY", forged.reason(), forged.message());
                assertEquals(2, content.current().orElseThrow().version(), "still the county's version");
            }
        }
    }

    private static Long activeVersion(Path kioskDir) {
        try {
            return ContentStore.activeFolder(KioskSettings.contentStore(kioskDir))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Puts into the hub's channel folder a version whose manifest the hub's channel key signed, not the county's. */
    private static void forgeVersion(HubFixture hub, Path work, long version) throws Exception {
        SigningKeys.SigningKey stranger = SigningKeys.generate();
        Path bundle = TestBundles.build(work, version, stranger);
        Path channel = hub.hub.content().channelRoot();
        Path folder = Files.createDirectories(channel.resolve("versions").resolve(Long.toString(version)));
        try (BundleArchive archive = BundleArchive.open(bundle, BundleLimits.DEFAULT)) {
            byte[] manifest = archive.manifestBytes();
            for (String hash : archive.objectHashes()) {
                try (OutputStream out =
                        Files.newOutputStream(channel.resolve("objects").resolve(hash))) {
                    archive.copyObject(hash, out);
                }
            }
            Files.write(folder.resolve("manifest.json"), manifest);
            Files.write(
                    folder.resolve("manifest.sig"),
                    hub.hub.content().channelKey().sign(manifest));
            byte[] document = ChannelManifest.inVersionFolder(
                            "stable",
                            version,
                            "forged",
                            hub.clock.instant(),
                            org.legalkiosk.content.bundle.Hashes.sha256Hex(manifest))
                    .toBytes();
            Files.write(
                    folder.resolve("channel.json.sig"),
                    hub.hub.content().channelKey().sign(document));
            Files.write(folder.resolve("channel.json"), document);
        }
    }
}
