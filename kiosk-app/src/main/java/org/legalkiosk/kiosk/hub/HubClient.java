package org.legalkiosk.kiosk.hub;

import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireFormatException;
import org.legalkiosk.hub.protocol.WireJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the hub's terminal API. Answers larger than the protocol allows are refused unread, as a hub that went
 * wrong must not fill the kiosk's memory.
 */
public final class HubClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REPLY_BYTES = 256 * 1024;

    private final URI base;
    private final HttpClient http;

    public HubClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI eventsUri() {
        return URI.create(base + TerminalApi.EVENTS);
    }

    public EnrolReply enrol(String code, String appVersion) throws HubException, InterruptedException {
        return post(TerminalApi.ENROL, null, new EnrolRequest(code, appVersion), EnrolReply.class);
    }

    public HeartbeatReply heartbeat(String token, HeartbeatRequest beat) throws HubException, InterruptedException {
        return post(TerminalApi.HEARTBEAT, token, beat, HeartbeatReply.class);
    }

    private <T> T post(String path, String token, Object body, Class<T> reply)
            throws HubException, InterruptedException {
        byte[] json = WireJson.write(body);
        if (json.length > Limits.MAX_HEARTBEAT_BYTES) {
            throw new HubException(0, "request larger than the protocol allows");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream in = response.body()) {
                bytes = in.readNBytes(MAX_REPLY_BYTES + 1);
            }
            if (response.statusCode() != 200) {
                throw new HubException(response.statusCode(), "HTTP " + response.statusCode());
            }
            if (bytes.length > MAX_REPLY_BYTES) {
                throw new HubException(200, "reply larger than " + MAX_REPLY_BYTES + " bytes");
            }
            return WireJson.read(bytes, reply);
        } catch (WireFormatException e) {
            throw new HubException(200, "the hub's reply breaks the protocol: " + e.getMessage());
        } catch (IOException e) {
            throw new HubException(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()));
        }
    }
}
