package org.legalkiosk.booking.sync;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.legalkiosk.booking.store.OutboxEvent;

/**
 * One POST of one outbox event with {@code java.net.http}. The payload goes out as the store wrote it (code, slot,
 * matter, state; never an ID number or phone), with the event's idempotency key as a header so the endpoint can
 * recognise a retry of something it already has.
 */
final class HttpEventPoster {

    /** What one attempt came to; {@code detail} is safe to log (status or error, never the payload). */
    record Outcome(boolean delivered, String detail) {}

    private final SyncSettings settings;
    private final Optional<String> token;
    private final HttpClient http;

    HttpEventPoster(SyncSettings settings, Optional<String> token) {
        this.settings = settings;
        this.token = token;
        // HTTP/1.1: no h2c upgrade dance with proxies or small servers in between, and one request per connection
        // at a time is all a kiosk needs.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Posts the event. 2xx means delivered; 409 means the endpoint already has this key (an earlier attempt got
     * through but its answer was lost), which is delivered too. Anything else, and any network error or timeout,
     * is a failure to retry later.
     */
    Outcome post(OutboxEvent event) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", event.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Outcome(true, "HTTP " + status);
            }
            if (status == 409) {
                return new Outcome(true, "HTTP 409, already there");
            }
            return new Outcome(false, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, "timed out (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Outcome(
                    false,
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
