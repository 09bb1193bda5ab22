package org.legalkiosk.kiosk.cli.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The calls the fleet tool makes to one agent (docs/agent-api.md), each with a timeout, each turned into an {@link FleetRunner.Attempt}. */
final class AgentClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String token;
    private final Duration timeout;

    AgentClient(String token, Duration timeout) {
        this(token, timeout, null);
    }

    /** @param tls the pinned-certificate context for https targets; null for the JDK's default trust */
    AgentClient(String token, Duration timeout, SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
        this.token = token;
        this.timeout = timeout;
    }

    HttpRequest.Builder request(URI target, String path) {
        return HttpRequest.newBuilder(URI.create(target + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token);
    }

    /** Sends and classifies: 2xx ok; no connection, 5xx and 409 busy may pass and are retried; any other is final. */
    FleetRunner.Attempt send(HttpRequest request, Answer answer) throws InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return FleetRunner.Attempt.failed(
                    "unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
        JsonNode body;
        try {
            body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            return FleetRunner.Attempt.failed("HTTP " + r.statusCode() + ", not JSON", r.statusCode() >= 500);
        }
        if (r.statusCode() / 100 == 2) {
            return answer.ok(body);
        }
        String error = body.path("error").asText("");
        FleetRunner.Attempt special = answer.refused(r.statusCode(), error, body);
        if (special != null) {
            return special;
        }
        return FleetRunner.Attempt.failed(
                "HTTP " + r.statusCode() + " " + error + ": "
                        + body.path("message").asText(""),
                r.statusCode() >= 500 || "busy".equals(error));
    }

    /** How one call reads the agent's answers. */
    interface Answer {
        FleetRunner.Attempt ok(JsonNode body);

        /** A refusal this call counts as success or explains itself; null for the usual handling. */
        default FleetRunner.Attempt refused(int status, String error, JsonNode body) {
            return null;
        }
    }
}
