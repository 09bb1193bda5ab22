package org.legalkiosk.kiosk.agent.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What the agent answers: a status, a body of some media type and any extra headers. Every answer, from an
 * endpoint or from a handler that refuses the request, is written by {@link #send}, so they all look alike.
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";

    public Reply {
        headers = Map.copyOf(headers);
    }

    public Reply(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    public static Reply json(int status, Object value) {
        return new Reply(status, JSON, Json.bytes(value));
    }

    public static Reply ok(Object value) {
        return json(200, value);
    }

    public static Reply text(String contentType, String text) {
        return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code {"error": code, "message": text}} with the refusal's status and headers (Allow, Retry-After…). */
    public static Reply error(ApiException e) {
        return new Reply(e.status(), JSON, Json.error(e.code(), e.getMessage()), e.headers());
    }

    /** Writes this answer, never cached: it may hold a terminal's state or a visitor's data. */
    public boolean send(Response response, Callback callback) {
        headers.forEach((k, v) -> response.getHeaders().put(k, v));
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
