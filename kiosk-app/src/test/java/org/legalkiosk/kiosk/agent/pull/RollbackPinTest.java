package org.legalkiosk.kiosk.agent.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.AgentServices;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/**
 * Issue 13, finding 3: after an admin rolls back 6 → 5, neither the channel nor a stick brings 6 back; the pin shows
 * in the status and holds until an admin lifts it or a version newer than 6 is published.
 */
class RollbackPinTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path data;
    private Path site;
    private SignedBundles bundles;
    private ContentAdmin content;
    private FlakyStaticServer server;
    private AgentServer agent;
    private String admin;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void setUp() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        site = Files.createDirectories(dir.resolve("site"));
        bundles = new SignedBundles(dir.resolve("bundles"));
        bundles.trustIn(data);
        content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        server = new FlakyStaticServer(site);
        AgentServices services = AgentServices.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK, List::of, content);
        admin = services.tokens().create(Role.ADMIN, "county-admin").secret();
        agent = AgentServer.newServer(AgentConfig.plain("127.0.0.1", 0, data), services)
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        server.close();
    }

    private ChannelPoller poller() {
        PullSettings settings = new PullSettings(
                server.uri("stable/channel.json"),
                Duration.ofMinutes(15),
                0.1,
                Duration.ofMinutes(1),
                Duration.ofHours(4));
        return new ChannelPoller(
                settings,
                content,
                ChannelPollerKeys.of(data),
                KioskSettings.contentStore(data).resolve("objects"),
                data.resolve("pull"),
                new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(10), 5),
                TestKiosk.CLOCK,
                new Random(42),
                outcome -> {});
    }

    private void publish(long version) throws Exception {
        ChannelPublisher.publish(bundles.build(version), bundles.key(), site.resolve("stable"), TestKiosk.NOW);
    }

    private long active() throws IOException {
        return content.current().map(ContentAdmin.Version::version).orElse(0L);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(agent.uri() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode pinInStatus() throws Exception {
        return JSON.readTree(call("GET", "/api/v1/status", null).body()).at("/content/pin");
    }

    @Test
    void aRollbackHoldsAgainstPullAndUsbUntilANewerVersionIsPublished() throws Exception {
        publish(5);
        ChannelPoller poller = poller();
        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        publish(6);
        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        assertEquals(6, active());

        HttpResponse<String> back = call("POST", "/api/v1/content/rollback", "{\"version\":5}");
        assertEquals(200, back.statusCode(), back.body());
        JsonNode pin = pinInStatus();
        assertEquals(5, pin.get("version").asLong(), "the pin shows in the status: " + pin);
        assertEquals(6, pin.get("rolledBackFrom").asLong());
        Path targets = Files.writeString(dir.resolve("targets.txt"), agent.uri() + "\n");
        Path token = Files.writeString(dir.resolve("token"), admin + "\n");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = org.legalkiosk.kiosk.cli.LegalKioskMain.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        assertEquals(
                0, cl.execute("fleet", "status", "--targets", targets.toString(), "--token-file", token.toString()));
        assertTrue(out.toString().contains("5 release 5 (pinned, rolled back from 6)"), out.toString());

        PullResult pulled = poller.checkNow();
        assertEquals(5, active(), "the next pull does not undo the rollback: " + pulled.message());
        assertTrue(pulled.message().contains("pinned"), pulled.message());

        BundleException stick =
                assertThrows(BundleException.class, () -> content.apply(bundles.build(6), ContentAdmin.Source.USB));
        assertEquals(BundleException.Reason.PINNED, stick.reason());
        assertEquals(5, active());

        publish(7);
        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        assertEquals(7, active(), "a version newer than the one rolled back from is taken");
        assertTrue(pinInStatus().isNull(), "and the pin is gone");
    }

    @Test
    void anAdminLiftsThePinAndThePullBringsTheNewestBack() throws Exception {
        publish(5);
        ChannelPoller poller = poller();
        poller.checkNow();
        publish(6);
        poller.checkNow();
        assertEquals(
                200, call("POST", "/api/v1/content/rollback", "{\"version\":5}").statusCode());

        HttpResponse<String> unpin = call("DELETE", "/api/v1/content/pin", null);
        assertEquals(200, unpin.statusCode(), unpin.body());
        assertTrue(JSON.readTree(unpin.body()).get("unpinned").asBoolean());
        assertTrue(pinInStatus().isNull());
        String audit = Files.readString(data.resolve("audit.log"));
        assertTrue(audit.contains("lifted the pin on content version 5"), audit);

        assertEquals(PullResult.Status.APPLIED, poller.checkNow().status());
        assertEquals(6, active());
    }

    @Test
    void aSecondRollbackKeepsTheHighestVersionRolledBackFrom() throws Exception {
        for (long v = 4; v <= 6; v++) {
            content.apply(bundles.build(v), ContentAdmin.Source.PUSH);
        }
        content.rollback(5);
        content.rollback(4);
        assertEquals(6, content.pin().orElseThrow().rolledBackFrom(), "6 stays out, not only 5");
        BundleException six =
                assertThrows(BundleException.class, () -> content.apply(bundles.build(6), ContentAdmin.Source.PUSH));
        assertEquals(BundleException.Reason.PINNED, six.reason());
    }
}
