package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;
import org.legalkiosk.kiosk.testing.TestCertificates;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Issue 13, finding 1: TLS is switched on from kiosk.yaml's {@code agent.tls} section, and an agent that would
 * listen off loopback in plain HTTP is refused at start, unless {@code allowPlainHttp} says so (then warned about).
 * The fleet tool speaks TLS to it with the kiosk's certificate pinned.
 */
class AgentTlsSettingsTest {

    @TempDir
    Path data;

    @BeforeEach
    void provision() throws Exception {
        Path tls = Files.createDirectories(data.resolve("tls"));
        TestCertificates.keyPair(tls.resolve("agent.p12"), "agent", "kiosk-01");
        Files.writeString(tls.resolve("agent.pass"), TestCertificates.PASSWORD + "\n");
    }

    private KioskConfig config(String bind) {
        return new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                false,
                true,
                false,
                1600,
                900,
                bind,
                0);
    }

    private void settings(String yaml) throws IOException {
        Files.writeString(data.resolve(KioskSettings.FILE_NAME), yaml);
    }

    private static final String TLS_SECTION =
            "agent:\n  tls:\n    keyStore: tls/agent.p12\n" + "    keyStorePasswordFile: tls/agent.pass\n";

    @Test
    void anAgentTlsSectionMakesTheAgentSpeakHttpsWithThatCertificate() throws Exception {
        settings(TLS_SECTION);
        Optional<AgentServer> agent = AgentStarter.start(config("127.0.0.1"), new LiveSettings());
        try {
            assertTrue(agent.isPresent(), "the agent started");
            assertEquals("https", agent.get().uri().getScheme());
            String secret = new TokenStore(data, Clock.systemUTC())
                    .create(Role.VIEWER, "fleet")
                    .secret();
            Path targets = Files.writeString(
                    data.resolveSibling(data.getFileName() + "-targets.txt"),
                    agent.get().uri() + "\n");
            Path token = Files.writeString(data.resolveSibling(data.getFileName() + "-token"), secret + "\n");

            String[] out = new String[1];
            int pinned = fleet(
                    out,
                    "fleet",
                    "status",
                    "--targets",
                    targets.toString(),
                    "--token-file",
                    token.toString(),
                    "--retries",
                    "0",
                    "--pin-cert",
                    data.resolve("tls/agent.crt").toString());
            assertEquals(0, pinned, out[0]);
            assertTrue(out[0].contains("1 of 1 kiosks OK"), out[0]);

            Path stranger = Files.createDirectories(data.resolveSibling(data.getFileName() + "-other"));
            Path otherCrt = TestCertificates.keyPair(stranger.resolve("other.p12"), "other", "kiosk-01");
            int wrongPin = fleet(
                    out,
                    "fleet",
                    "status",
                    "--targets",
                    targets.toString(),
                    "--token-file",
                    token.toString(),
                    "--retries",
                    "0",
                    "--pin-cert",
                    otherCrt.toString());
            assertEquals(
                    1, wrongPin, "a kiosk showing a certificate other than the pinned one is not talked to: " + out[0]);

            HttpClient plain = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            URI http = URI.create("http://127.0.0.1:" + agent.get().port() + "/api/v1/health");
            try {
                String body = plain.send(
                                HttpRequest.newBuilder(http)
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .body();
                assertFalse(body.contains("UP"), "plain HTTP is not served: " + body);
            } catch (IOException expected) {
                // The TLS connector drops a connection that does not begin with a handshake.
            }
        } finally {
            agent.ifPresent(AgentStarter::stop);
        }
    }

    @Test
    void withClientCertificatesRequiredOnlyTheFleetHoldingTheCountysCertificateGetsIn() throws Exception {
        Path county = Files.createDirectories(data.resolveSibling(data.getFileName() + "-county"));
        Path countyCrt = TestCertificates.keyPair(county.resolve("county.p12"), "county", "county-admin");
        TestCertificates.trustStore(data.resolve("tls/clients.p12"), "county", countyCrt);
        Files.writeString(data.resolve("tls/clients.pass"), TestCertificates.PASSWORD + "\n");
        Path countyPass = Files.writeString(county.resolve("county.pass"), TestCertificates.PASSWORD + "\n");
        settings(TLS_SECTION + "    clientTrustStore: tls/clients.p12\n"
                + "    clientTrustStorePasswordFile: tls/clients.pass\n    requireClientCert: true\n");
        Optional<AgentServer> agent = AgentStarter.start(config("127.0.0.1"), new LiveSettings());
        try {
            String secret = new TokenStore(data, Clock.systemUTC())
                    .create(Role.VIEWER, "fleet")
                    .secret();
            Path targets = Files.writeString(
                    county.resolve("targets.txt"), agent.orElseThrow().uri() + "\n");
            Path token = Files.writeString(county.resolve("token"), secret + "\n");
            String pin = data.resolve("tls/agent.crt").toString();
            String[] out = new String[1];

            assertEquals(
                    1,
                    fleet(
                            out,
                            "fleet",
                            "status",
                            "--targets",
                            targets.toString(),
                            "--token-file",
                            token.toString(),
                            "--retries",
                            "0",
                            "--pin-cert",
                            pin),
                    "no client certificate: " + out[0]);
            assertEquals(
                    0,
                    fleet(
                            out,
                            "fleet",
                            "status",
                            "--targets",
                            targets.toString(),
                            "--token-file",
                            token.toString(),
                            "--retries",
                            "0",
                            "--pin-cert",
                            pin,
                            "--client-cert",
                            county.resolve("county.p12").toString(),
                            "--client-cert-password-file",
                            countyPass.toString()),
                    out[0]);
        } finally {
            agent.ifPresent(AgentStarter::stop);
        }
    }

    private static int fleet(String[] out, String... args) {
        StringWriter o = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(o));
        int exit = cl.execute(args);
        out[0] = o.toString();
        return exit;
    }

    @Test
    void bindingOffLoopbackWithoutTlsIsRefusedAtStartWithHowToEnableIt() throws Exception {
        settings("agent:\n  bind: 0.0.0.0\n");
        KioskSettings.InvalidSettingsException fromFile =
                assertThrows(KioskSettings.InvalidSettingsException.class, () -> KioskSettings.read(data));
        assertTrue(
                fromFile.getMessage().contains("agent.tls")
                        && fromFile.getMessage().contains("allowPlainHttp"),
                fromFile.getMessage());

        Files.delete(data.resolve(KioskSettings.FILE_NAME));
        StringWriter err = new StringWriter();
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            CommandLine cl = LegalKioskMain.commandLine();
            cl.setErr(new PrintWriter(err));
            exit = cl.execute("run", "--headless", "--data-dir", data.toString(), "--agent-bind", "0.0.0.0");
        } finally {
            System.setErr(original);
        }
        String message = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, exit, message);
        assertTrue(message.contains("plain HTTP") && message.contains("agent.tls"), message);

        assertTrue(
                AgentStarter.start(config("0.0.0.0"), new LiveSettings()).isEmpty(),
                "and the agent itself will not start that way either");
    }

    @Test
    void allowPlainHttpPermitsALanAddressAndWarnsAtEveryStart() throws Exception {
        settings("agent:\n  bind: 10.8.0.21\n  allowPlainHttp: true\n");
        KioskSettings parsed = KioskSettings.read(data);
        Logger logger = (Logger) LoggerFactory.getLogger(AgentListening.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            AgentConfig first = AgentListening.configFor(config("10.8.0.21"), parsed.agent());
            AgentListening.configFor(config("10.8.0.21"), parsed.agent());
            assertTrue(first.tls().isEmpty());
            assertEquals(
                    2,
                    seen.list.stream()
                            .filter(e -> e.getLevel() == Level.WARN
                                    && e.getFormattedMessage().contains("plain HTTP"))
                            .count(),
                    "one warning per start");
        } finally {
            logger.detachAppender(seen);
        }
    }

    @Test
    void tlsSettingsThatCannotWorkAreNamedBeforeStart() throws Exception {
        String[][] cases = {
            {"agent:\n  tls:\n    keyStore: tls/agent.p12\n", "keyStorePasswordFile"},
            {
                "agent:\n  tls:\n    keyStore: /etc/agent.p12\n    keyStorePasswordFile: tls/agent.pass\n",
                "inside the data folder"
            },
            {
                "agent:\n  tls:\n    keyStore: ../agent.p12\n    keyStorePasswordFile: tls/agent.pass\n",
                "inside the data folder"
            },
            {TLS_SECTION + "    requireClientCert: true\n", "clientTrustStore"},
            {"agent:\n  port: 70000\n", "agent.port"},
            {"agent:\n  bind: \"http://x\"\n", "agent.bind"},
            {"agent:\n  tsl: {}\n", "tsl"},
        };
        for (String[] c : cases) {
            settings(c[0]);
            KioskSettings.InvalidSettingsException e =
                    assertThrows(KioskSettings.InvalidSettingsException.class, () -> KioskSettings.read(data), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
        }
        settings("agent:\n  tls:\n    keyStore: tls/missing.p12\n    keyStorePasswordFile: tls/agent.pass\n");
        assertTrue(
                AgentStarter.start(config("127.0.0.1"), new LiveSettings()).isEmpty(), "a missing keystore: no agent");
    }
}
