package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.hub.protocol.ScreenshotUnavailable;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireFormatException;
import org.legalkiosk.hub.protocol.WireJson;

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

    /** Uploads a PNG of the screen as the answer to the hub's request. */
    public void uploadScreenshot(String token, byte[] png) throws HubException, InterruptedException {
        if (png.length > Limits.MAX_SCREENSHOT_BYTES) {
            throw new HubException(0, "the screenshot is larger than the protocol allows (" + png.length + " bytes)");
        }
        send(TerminalApi.SCREENSHOT, token, "image/png", png);
    }

    /** Tells the hub why no screenshot can be taken. */
    public void screenshotUnavailable(String token, String reason) throws HubException, InterruptedException {
        send(
                TerminalApi.SCREENSHOT,
                token,
                "application/json; charset=utf-8",
                WireJson.write(new ScreenshotUnavailable(reason)));
    }

    private void send(String path, String token, String contentType, byte[] body)
            throws HubException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2)) // 4 MiB over a weak 4G uplink
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new HubException(response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new HubException(
                    0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
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
            throw new HubException(
                    0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
