package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.terminal.KioskStatus;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.store.TokenStore;

class AgentStarterTest {

    @TempDir
    Path data;

    private final LiveSettings settings = new LiveSettings();

    private KioskConfig config(boolean demo, int port) {
        return new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                demo,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                port);
    }

    @Test
    void demoStartsTheAgentWithAFreshTokenOnlyThisUserCanRead() throws Exception {
        Optional<AgentServer> agent = AgentStarter.start(config(true, 0), settings);
        try {
            assertTrue(agent.isPresent());
            Path token = data.resolve(AgentStarter.DEMO_TOKEN_FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
            int port = Integer.parseInt(
                    Files.readString(data.resolve("agent.port")).strip());
            HttpResponse<String> status = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/status"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + Files.readString(token).strip())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, status.statusCode(), status.body());

            // An admin changes the idle timeout remotely: the running kiosk hears of it at once.
            java.util.List<KioskSettings> heard = new java.util.ArrayList<>();
            settings.subscribe(heard::add);
            HttpResponse<String> put = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/config"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + Files.readString(token).strip())
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "{\"idleTimeoutSeconds\":45,\"defaultLanguage\":\"en\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());
            assertEquals(1, heard.size());
            assertEquals(45, heard.get(0).idleTimeoutSeconds());
            assertEquals(45, KioskSettings.read(data).idleTimeoutSeconds(), "and it is kept for the next start");
        } finally {
            agent.ifPresent(AgentStarter::stop);
        }
        AgentStarter.writeDemoToken(data, new TokenStore(data, Clock.systemUTC()));
        assertEquals(1, new TokenStore(data, Clock.systemUTC()).list().size(), "earlier demo tokens are revoked");
    }

    @Test
    void aTakenPortLeavesTheKioskRunningWithoutAnAgent() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertTrue(AgentStarter.start(config(false, taken.getLocalPort()), settings)
                    .isEmpty());
        }
    }

    @Test
    void underHeadlessTheScreenshotIsNoScreenAsDocumented() throws Exception {
        KioskConfig headless = config(true, 0);
        ScreenCapture wouldCapture = () -> Optional.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Optional<AgentServer> agent = AgentStarter.start(
                headless,
                settings,
                wouldCapture,
                java.util.List::of,
                Optional.empty(),
                () -> KioskStatus.HelpTally.NONE);
        try {
            String token =
                    Files.readString(data.resolve(AgentStarter.DEMO_TOKEN_FILE)).strip();
            HttpResponse<String> shot = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(agent.orElseThrow().uri() + "/api/v1/screenshot"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(503, shot.statusCode(), shot.body());
            assertTrue(shot.body().contains("no_screen"), shot.body());
        } finally {
            agent.ifPresent(AgentStarter::stop);
        }
    }

    @Test
    void noAgentWhenSwitchedOff() {
        assertTrue(AgentStarter.start(config(false, -1), settings).isEmpty());
    }
}
