package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as production runs it: HTTPS from a PKCS12 keystore, optionally requiring client certificates. The
 * keystores are made here with the JDK's keytool, as an installer would.
 */
class AgentTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;

    private Path serverKeys;
    private Path clientKeys;
    private Path clientTrust;
    private Path serverTrust;

    @BeforeEach
    void makeKeystores() throws Exception {
        serverKeys = dir.resolve("agent.p12");
        clientKeys = dir.resolve("county-admin.p12");
        clientTrust = dir.resolve("client-trust.p12");
        serverTrust = dir.resolve("agent-trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "agent",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=kiosk-01",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                serverKeys.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-alias",
                "agent",
                "-keystore",
                serverKeys.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                dir.resolve("agent.crt").toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "agent",
                "-file",
                dir.resolve("agent.crt").toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                clientTrust.toString(),
                "-storepass",
                PASSWORD);
        keytool(
                "-genkeypair",
                "-alias",
                "admin",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=county-admin",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                clientKeys.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-alias",
                "admin",
                "-keystore",
                clientKeys.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                dir.resolve("admin.crt").toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "admin",
                "-file",
                dir.resolve("admin.crt").toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                serverTrust.toString(),
                "-storepass",
                PASSWORD);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, p.exitValue(), "keytool " + String.join(" ", args) + ": " + output);
    }

    private AgentFixture agent(AgentConfig.Tls tls) throws Exception {
        return new AgentFixture(dir.resolve("data"), c -> c.withTls(tls), s -> s);
    }

    private static HttpClient client(Path trustStore, Path keyStore) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore));
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore), PASSWORD.toCharArray());
        }
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static HttpResponse<String> health(HttpClient client, URI base) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/health"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAgentAnswersOverHttpsToAClientThatTrustsItsCertificateAndNotOverPlainHttp() throws Exception {
        try (AgentFixture agent = agent(new AgentConfig.Tls(serverKeys, PASSWORD, Optional.empty(), null, false))) {
            URI https = agent.server.uri();
            assertEquals("https", https.getScheme());

            HttpResponse<String> ok = health(client(clientTrust, null), https);
            assertEquals(200, ok.statusCode());
            assertEquals("{\"status\":\"UP\"}", ok.body());

            URI plain = URI.create("http://127.0.0.1:" + agent.server.port());
            try {
                HttpResponse<String> r = health(
                        HttpClient.newBuilder()
                                .connectTimeout(Duration.ofSeconds(10))
                                .build(),
                        plain);
                assertFalse(
                        r.statusCode() == 200 && r.body().contains("UP"), "plain HTTP must not be served: " + r.body());
            } catch (IOException expected) {
                // The TLS connector closes a connection that does not start with a TLS handshake.
            }
            assertThrows(
                    IOException.class,
                    () -> health(
                            HttpClient.newBuilder()
                                    .connectTimeout(Duration.ofSeconds(10))
                                    .build(),
                            https),
                    "a client that does not trust the certificate");
        }
    }

    @Test
    void withClientCertificatesRequiredOnlyAClientHoldingATrustedOneGetsIn() throws Exception {
        AgentConfig.Tls tls = new AgentConfig.Tls(serverKeys, PASSWORD, Optional.of(serverTrust), PASSWORD, true);
        try (AgentFixture agent = agent(tls)) {
            URI https = agent.server.uri();

            assertThrows(
                    IOException.class,
                    () -> health(client(clientTrust, null), https),
                    "no client certificate: the handshake fails");

            HttpResponse<String> ok = health(client(clientTrust, clientKeys), https);
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("{\"status\":\"UP\"}", ok.body());
        }
    }

    @Test
    void aClientCertificateTheAgentDoesNotTrustIsRefused() throws Exception {
        Path stranger = dir.resolve("stranger.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "stranger",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=stranger",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                stranger.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        AgentConfig.Tls tls = new AgentConfig.Tls(serverKeys, PASSWORD, Optional.of(serverTrust), PASSWORD, true);
        try (AgentFixture agent = agent(tls)) {
            assertThrows(IOException.class, () -> health(client(clientTrust, stranger), agent.server.uri()));
        }
    }
}
