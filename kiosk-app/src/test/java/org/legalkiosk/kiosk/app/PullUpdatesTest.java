package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.pull.ChannelPublisher;
import org.legalkiosk.kiosk.agent.pull.FlakyStaticServer;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.agent.usb.UpdateOutcome;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.store.KioskStores;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * The running kiosk's pull mode, without a screen: the agent and the poller as {@code legalkiosk run} starts them,
 * over one data folder, a channel on a static server on loopback, and settings changed through the agent.
 */
class PullUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path data;
    private SignedBundles bundles;
    private FlakyStaticServer site;
    private AgentServer agent;
    private PullUpdates pull;
    private String token;
    private final List<UpdateOutcome> told = new CopyOnWriteArrayList<>();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void setUp() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        site = new FlakyStaticServer(Files.createDirectories(dir.resolve("site")));
    }

    @AfterEach
    void tearDown() {
        if (pull != null) {
            pull.close();
        }
        if (agent != null) {
            AgentStarter.stop(agent);
        }
        site.close();
    }

    private void startKiosk() {
        KioskConfig config = new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                true,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                0);
        // As the launcher does: one set of stores, so the agent and the poller share the content admin.
        KioskStores stores = KioskStores.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        agent = AgentStarter.start(
                        config,
                        stores,
                        new LiveSettings(),
                        ScreenCapture.NONE,
                        List::of,
                        Optional.empty(),
                        () -> KioskStatus.HelpTally.NONE,
                        () -> KioskStatus.Usage.NONE)
                .orElseThrow();
        pull = PullUpdates.start(
                data, stores.content(), told::add, TestKiosk.CLOCK, Duration.ZERO, Duration.ofMillis(50));
    }

    private void publish(String channel, long version) throws Exception {
        ChannelPublisher.publish(
                bundles.build(version), bundles.key(), dir.resolve("site").resolve(channel), TestKiosk.NOW);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        if (token == null) {
            token = Files.readString(data.resolve(AgentStarter.DEMO_TOKEN_FILE)).strip();
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(agent.uri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> r = call("GET", "/api/v1/status", null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** Waits for the kiosk to get there on its own; the timeout only keeps a broken build from hanging. */
    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(90);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                fail("never happened: " + what);
            }
            Thread.sleep(50);
        }
    }

    private boolean activeVersionIs(long version) {
        try {
            JsonNode v = status().get("content").get("version");
            return !v.isNull() && v.asLong() == version;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKioskWithAChannelInItsSettingsPullsTheNewVersionAndReportsIt() throws Exception {
        publish("stable", 1);
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), """
                idleTimeoutSeconds: 90
                pull:
                  channel: %s
                  intervalMinutes: 30
                  jitter: 0.2
                """.formatted(site.uri("stable/channel.json")));

        startKiosk();

        eventually("version 1 pulled", () -> activeVersionIs(1));
        // The pointer switches a moment before the apply is recorded for the status: wait for both.
        eventually("the pull reported", () -> {
            try {
                return status().get("lastUpdate").isObject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode last = status().get("lastUpdate");
        assertEquals("pull", last.get("source").asText());
        assertEquals("apply", last.get("action").asText());
        assertTrue(last.get("ok").asBoolean());
        assertEquals(1, last.get("version").asLong());
        eventually("the screen was told", () -> told.stream().anyMatch(o -> o.ok() && o.version() == 1));
        assertEquals(30, pull.channel().orElseThrow().intervalMinutes());
    }

    @Test
    void anAdminSetsChangesAndRemovesTheChannelThroughTheAgentWithoutARestart() throws Exception {
        startKiosk();
        assertTrue(pull.channel().isEmpty(), "no pull section, no polling");
        publish("county", 2);

        String channel = site.uri("county/channel.json").toString();
        HttpResponse<String> put = call(
                "PUT",
                "/api/v1/config",
                "{\"idleTimeoutSeconds\":120,\"pull\":{\"channel\":\"" + channel + "\",\"intervalMinutes\":5}}");
        assertEquals(200, put.statusCode(), put.body());

        eventually("version 2 pulled from the new channel", () -> activeVersionIs(2));
        assertEquals("pull", status().get("lastUpdate").get("source").asText());
        JsonNode config = JSON.readTree(call("GET", "/api/v1/config", null).body());
        assertEquals(channel, config.get("pull").get("channel").asText());
        assertEquals(5, KioskSettings.read(data).pull().intervalMinutes(), "kept in kiosk.yaml for the next start");

        HttpResponse<String> off = call("PUT", "/api/v1/config", "{\"idleTimeoutSeconds\":120}");
        assertEquals(200, off.statusCode(), off.body());
        eventually("polling stopped", () -> pull.channel().isEmpty());
    }

    @Test
    void badChannelSettingsAreRefusedAndChangeNothing() throws Exception {
        startKiosk();
        String good = site.uri("stable/channel.json").toString();
        assertEquals(
                200,
                call("PUT", "/api/v1/config", "{\"pull\":{\"channel\":\"" + good + "\"}}")
                        .statusCode());
        String before = Files.readString(data.resolve(KioskSettings.FILE_NAME));

        for (String bad : new String[] {
            "{\"pull\":{\"channel\":\"ftp://127.0.0.1/channel.json\"}}",
            "{\"pull\":{\"channel\":\"file:///etc/passwd\"}}",
            "{\"pull\":{\"channel\":\"http://user:secret@127.0.0.1/channel.json\"}}",
            "{\"pull\":{\"channel\":\"not a url\"}}",
            "{\"pull\":{}}",
            "{\"pull\":{\"channel\":\"" + good + "\",\"intervalMinutes\":0}}",
            "{\"pull\":{\"channel\":\"" + good + "\",\"intervalMinutes\":100000}}",
            "{\"pull\":{\"channel\":\"" + good + "\",\"jitter\":0.9}}",
            "{\"pull\":{\"channel\":\"" + good + "\",\"every\":3}}",
            "{\"pull\":\"" + good + "\"}"
        }) {
            HttpResponse<String> r = call("PUT", "/api/v1/config", bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
        }

        assertEquals(before, Files.readString(data.resolve(KioskSettings.FILE_NAME)));
        eventually(
                "the good channel is polled",
                () -> pull.channel().map(p -> p.channel().equals(good)).orElse(false));
    }

    @Test
    void aBrokenSettingsFileKeepsTheChannelBeingPolled() throws Exception {
        String good = site.uri("stable/channel.json").toString();
        publish("stable", 1);
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), "pull:\n  channel: " + good + "\n");
        startKiosk();
        eventually("version 1 pulled", () -> activeVersionIs(1));

        Files.writeString(data.resolve(KioskSettings.FILE_NAME), "pull:\n  channel: ftp://nowhere/\n");

        eventually("the broken file was read", () -> pull.settingsProblem().isPresent());
        assertTrue(
                pull.settingsProblem().orElseThrow().contains("http or https"),
                pull.settingsProblem().get());
        assertEquals(good, pull.channel().orElseThrow().channel(), "the channel from before is still polled");
    }
}
