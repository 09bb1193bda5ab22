package org.legalkiosk.kiosk.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.legalkiosk.kiosk.store.Role;

/**
 * A real agent on loopback (port 0) over a temporary data folder, a token of each role, and a JDK HTTP client
 * whose every call has a timeout.
 */
final class AgentFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path dataDir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
    final Bundles bundles;
    final AgentServices services;
    final AgentServer server;
    final String viewer;
    final String publisher;
    final String admin;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AgentFixture(Path dataDir) throws Exception {
        this(dataDir, UnaryOperator.identity(), UnaryOperator.identity());
    }

    AgentFixture(Path dataDir, UnaryOperator<AgentConfig> config, UnaryOperator<AgentServices> services)
            throws Exception {
        this.dataDir = dataDir;
        Files.createDirectories(dataDir);
        this.bundles = new Bundles(Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-bundles")));
        bundles.trustIn(dataDir);
        this.services = services.apply(AgentServices.forDataDir(dataDir, "0.1.0-SNAPSHOT", clock));
        this.viewer = this.services.tokens().create(Role.VIEWER, "dashboard").secret();
        this.publisher = this.services.tokens().create(Role.PUBLISHER, "editor").secret();
        this.admin = this.services.tokens().create(Role.ADMIN, "county-admin").secret();
        this.server = AgentServer.newServer(config.apply(AgentConfig.plain("127.0.0.1", 0, dataDir)), this.services)
                .start();
    }

    String secretFor(Role role) {
        return switch (role) {
            case VIEWER -> viewer;
            case PUBLISHER -> publisher;
            case ADMIN -> admin;
        };
    }

    HttpClient client() {
        return client;
    }

    /** A request to {@code path} (taken verbatim, so path tricks reach the server as written). */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(60));
    }

    /**
     * Every request on a connection of its own. Many tests here send requests the agent refuses before reading
     * the body, after which Jetty closes the connection; a pooled client can race that close and write its next
     * POST into a dead socket ("broken pipe"), which says nothing about the agent. Real clients retry such
     * connection failures (see the fleet tool).
     */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return sendOnNewConnection(request);
    }

    /**
     * On a connection of its own: after a malformed request Jetty closes the connection, and a pooled client could
     * otherwise send the next request on it.
     */
    HttpResponse<String> sendOnNewConnection(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return fresh.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder r = request(path).GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return send(r);
    }

    HttpResponse<String> json(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return send(r);
    }

    HttpResponse<String> pushBundle(Path bundle, String token) throws IOException, InterruptedException {
        return send(request("/api/v1/content")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofFile(bundle)));
    }

    static JsonNode body(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The error code of a JSON error answer; fails loudly if the answer is not one. */
    static String error(HttpResponse<String> response) throws IOException {
        JsonNode n = body(response);
        if (!n.has("error") || !n.has("message")) {
            throw new AssertionError("not a JSON error: " + response.statusCode() + " " + response.body());
        }
        return n.get("error").asText();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
