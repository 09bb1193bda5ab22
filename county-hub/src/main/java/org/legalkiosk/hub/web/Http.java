package org.legalkiosk.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.protocol.WireJson;

/** Helpers every handler uses: bounded body reads, form fields, replies. */
public final class Http {

    private Http() {}

    /**
     * The request's path, decoded (Jetty has already refused ambiguous or escaping ones). The hub is the root
     * context, so this is the path the routes are written against.
     */
    public static String path(Request request) {
        return request.getHttpURI().getDecodedPath();
    }

    /**
     * The request body, refused with 413 as soon as it passes {@code max} bytes (a declared length is checked before
     * anything is read), so a huge or endless body costs at most {@code max} bytes of memory.
     */
    public static byte[] body(Request request, int max) {
        long declared = request.getLength();
        if (declared > max) {
            throw new HttpError(413, "body larger than " + max + " bytes");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new HttpError(413, "body larger than " + max + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new HttpError(400, "the body could not be read");
        }
    }

    /** Requires {@code application/json} (415 otherwise): a form post from another site cannot reach the API. */
    public static void requireJson(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "Content-Type must be application/json");
        }
    }

    /**
     * An {@code application/x-www-form-urlencoded} body as field → values, at most {@code max} bytes and 200 fields.
     */
    public static Map<String, List<String>> form(Request request, int max) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "expected a form");
        }
        String text = new String(body(request, max), StandardCharsets.US_ASCII);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return fields;
        }
        String[] pairs = text.split("&");
        if (pairs.length > 200) {
            throw new HttpError(413, "too many form fields");
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "the form is not well encoded");
            }
        }
        return fields;
    }

    public static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The bearer token of the Authorization header, or null. */
    public static String bearer(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    /** What is read and dropped of a body refused before it was looked at. */
    public static final long REFUSED_DISCARD_BYTES = 1L << 20;

    /**
     * Reads and discards up to {@code max} bytes of a body refused before it was read (no session, a wrong form
     * token, not an admin), so an ordinary client still sending gets the answer instead of a reset connection: a
     * server that closes a socket with unread bytes in it sends a TCP reset, and the client loses the answer that
     * was already on its way. Past {@code max} the connection is simply closed.
     */
    public static void discardBody(Request request, long max) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < max && (n = in.read(buffer)) >= 0) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the connection is closed instead; the refusal stands either way
        }
    }

    public static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    public static void json(Response response, Callback callback, int status, Object value) {
        send(response, callback, status, "application/json; charset=utf-8", WireJson.write(value));
    }

    /** A JSON error body {@code {"error": "..."}}. */
    public static void jsonError(Response response, Callback callback, int status, String message) {
        json(response, callback, status, Map.of("error", message));
    }

    public static void html(Response response, Callback callback, int status, String html) {
        send(response, callback, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static void text(Response response, Callback callback, int status, String text) {
        send(response, callback, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** 303 See Other: after a form post, the browser fetches the page with GET (no re-post on reload). */
    public static void redirect(Response response, Callback callback, String location) {
        response.setStatus(303);
        response.getHeaders().put(new HttpField(HttpHeader.LOCATION, location));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, ByteBuffer.allocate(0), callback);
    }
}
