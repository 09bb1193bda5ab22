package org.legalkiosk.kiosk.agent.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.legalkiosk.kiosk.store.TokenStore;

/**
 * One request as an endpoint sees it: who asked, what they sent, and a line for the audit log. Made by
 * {@link EndpointHandler} once the handlers in front of it have routed, throttled and authenticated the request.
 */
public final class Exchange {

    /** The request attribute under which {@link #audit(String)} leaves its line for the audit handler. */
    private static final String AUDIT_DETAIL = Exchange.class.getName() + ".auditDetail";

    private final Request request;
    private final String path;
    private final String remote;
    private final TokenStore.TokenInfo token;
    private final BodyWatch bodies;
    private Fields query;

    Exchange(Request request, String path, String remote, TokenStore.TokenInfo token, BodyWatch bodies) {
        this.request = request;
        this.path = path;
        this.remote = remote;
        this.token = token;
        this.bodies = bodies;
    }

    public String path() {
        return path;
    }

    public String remote() {
        return remote;
    }

    public Optional<TokenStore.TokenInfo> token() {
        return Optional.ofNullable(token);
    }

    /** What the audit log says this call did (or tried to do). */
    public void audit(String detail) {
        request.setAttribute(AUDIT_DETAIL, detail);
    }

    /** What the endpoint said for the audit log about this request; null when it said nothing. */
    public static String auditDetail(Request request) {
        return request.getAttribute(AUDIT_DETAIL) instanceof String detail ? detail : null;
    }

    public Optional<String> query(String name) {
        if (query == null) {
            query = Request.extractQueryParameters(request);
        }
        return Optional.ofNullable(query.getValue(name));
    }

    /** The body as JSON of {@code type}; 415 unless it is declared JSON, 413 beyond {@code maxBytes}. */
    public <T> T jsonBody(Class<T> type, int maxBytes) throws ApiException, IOException {
        requireContentType(Set.of("application/json"));
        return Json.parse(readBody(maxBytes), type);
    }

    public void requireContentType(Set<String> allowed) throws ApiException {
        String type = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
                .orElse("");
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(bare)) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "Content-Type must be "
                            + String.join(" or ", allowed.stream().sorted().toList())
                            + (bare.isEmpty() ? "" : ", not " + bare));
        }
    }

    public byte[] readBody(int maxBytes) throws ApiException, IOException {
        rejectDeclaredLength(maxBytes);
        try (BodyWatch.Watched watch = bodies.start(endpoint(), bodies.limits().maxJsonTime());
                InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = new byte[Math.min(maxBytes + 1, 8192)];
            int total = 0;
            while (true) {
                if (total == bytes.length) {
                    if (bytes.length > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    bytes = java.util.Arrays.copyOf(bytes, Math.min(maxBytes + 1, bytes.length * 2));
                }
                int n = read(in, bytes, total, bytes.length - total, watch);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return java.util.Arrays.copyOf(bytes, total);
        }
    }

    /** Streams the body into {@code target}, refusing it once it passes {@code maxBytes}. */
    public long bodyToFile(Path target, long maxBytes) throws ApiException, IOException {
        rejectDeclaredLength(maxBytes);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (BodyWatch.Watched watch = bodies.start(endpoint(), bodies.limits().maxBundleTime());
                InputStream in = Content.Source.asInputStream(request);
                OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = read(in, buffer, 0, buffer.length, watch)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** Reads and drops up to {@code maxBytes} of the body, so a refusal reaches a client still sending. */
    public void discardBody(long maxBytes) {
        try (BodyWatch.Watched watch = bodies.start(endpoint(), bodies.limits().maxJsonTime());
                InputStream in = Content.Source.asInputStream(request)) {
            byte[] sink = new byte[64 * 1024];
            long left = maxBytes;
            int n;
            while (left > 0 && (n = read(in, sink, 0, (int) Math.min(sink.length, left), watch)) >= 0) {
                left -= n;
            }
        } catch (IOException | ApiException e) {
            // The answer is a refusal anyway; a broken or slow upload changes nothing, and Jetty closes the connection.
        }
    }

    /**
     * One read of the body. A failure here is the client's doing (it went away, or was too slow and the watch cut
     * it off), so it becomes a 4xx that says so, never a 500 with a stack trace in the log.
     */
    private static int read(InputStream in, byte[] buffer, int offset, int length, BodyWatch.Watched watch)
            throws ApiException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            if (watch.tripped() != null) {
                throw new ApiException(408, "too_slow", watch.tripped());
            }
            throw new ApiException(400, "incomplete_body", "the connection ended before the whole body arrived");
        } catch (org.eclipse.jetty.http.HttpException.RuntimeException e) {
            // A malformed chunked body and the like: the client's fault, said without a stack trace.
            throw new ApiException(400, "bad_request", "the body is not valid HTTP: " + e.getMessage());
        }
        if (n > 0) {
            watch.received(n);
        }
        return n;
    }

    private EndPoint endpoint() {
        return request.getConnectionMetaData().getConnection().getEndPoint();
    }

    private void rejectDeclaredLength(long maxBytes) throws ApiException {
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "too_large", "the body is larger than " + maxBytes + " bytes");
    }
}
