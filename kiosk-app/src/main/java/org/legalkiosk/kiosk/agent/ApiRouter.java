package org.legalkiosk.kiosk.agent;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Routes a request to its endpoint: finds the route (404, or 405 with {@code Allow}), slows down addresses and
 * secrets that keep failing (429), checks the bearer token and its role (401, 403), runs the endpoint, turns every refusal
 * into a JSON error, records metrics, and writes every mutating call to the audit log.
 */
final class ApiRouter extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final Set<String> MUTATING = Set.of("PUT", "POST", "DELETE", "PATCH");

    /**
     * @param path     exact path, or a prefix ending in '/' when {@code prefix} (the rest is the endpoint's to check)
     * @param required the least role allowed; null means no token is needed
     */
    record Route(String method, String path, boolean prefix, Role required, Endpoint endpoint) {
        boolean matchesPath(String p) {
            return prefix ? p.startsWith(path) && p.length() > path.length() : p.equals(path);
        }

        String metricName() {
            return prefix ? path + "{id}" : path;
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private final TokenStore tokens;
    private final AuthThrottle throttle;
    private final AuditLog audit;
    private final AgentMetrics metrics;
    private final Clock clock;

    private final BodyWatch bodies;

    ApiRouter(TokenStore tokens, AuthThrottle throttle, BodyWatch bodies, AuditLog audit, AgentMetrics metrics,
              Clock clock) {
        super(InvocationType.BLOCKING);
        this.bodies = bodies;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    ApiRouter add(String method, String path, Role required, Endpoint endpoint) {
        routes.add(new Route(method, path, path.endsWith("/"), required, endpoint));
        return this;
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        String remote = Request.getRemoteAddr(request);
        Optional<Route> route = Optional.empty();
        TokenStore.TokenInfo token = null;
        Exchange exchange = null;
        Reply reply;
        try {
            route = find(method, path);
            token = authenticate(request, route.get().required(), remote);
            exchange = new Exchange(request, path, remote, token, bodies);
            reply = route.get().endpoint().handle(exchange);
        } catch (ApiException e) {
            e.headers().forEach((k, v) -> response.getHeaders().put(k, v));
            reply = Reply.error(e);
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e);
            // The stack trace is for the log; the caller learns only that it was the kiosk's fault.
            reply = Reply.error(new ApiException(500, "internal", "the kiosk could not complete the request; "
                    + "its log says why"));
        }
        // Reads are not audited, except the ones that ask to be: reading personal data in clear leaves a trace.
        boolean readAsksForAudit = exchange != null && exchange.auditDetail() != null;
        if ((MUTATING.contains(method) || readAsksForAudit) && reply.status() != 429 && route.isPresent()) {
            writeAudit(token, remote, method, path, reply, exchange);
        }
        metrics.recordRequest(route.map(Route::metricName).orElse("unmatched"), method, reply.status(),
                System.nanoTime() - started);
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    private Optional<Route> find(String method, String path) throws ApiException {
        if (path == null) {
            throw new ApiException(400, "bad_path", "the path is not acceptable");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.matchesPath(path)) {
                if (r.method().equals(method)) {
                    return Optional.of(r);
                }
                allowed.add(r.method());
            }
        }
        if (allowed.isEmpty()) {
            throw new ApiException(404, "not_found", "no such endpoint: " + path);
        }
        throw new ApiException(405, "method_not_allowed", method + " is not allowed on " + path,
                java.util.Map.of("Allow", String.join(", ", allowed)));
    }

    /**
     * The caller's token, checked against its role. Throttled callers get 429 (see {@link AuthThrottle}); a valid
     * admin or publisher token is never throttled, and no success clears anyone's failures.
     */
    private TokenStore.TokenInfo authenticate(Request request, Role required, String remote) throws ApiException, IOException {
        if (required == null) {
            return null;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            refuseIfThrottled(throttle.addressWait(remote));
            throw unauthorized("this endpoint needs a bearer token");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuseIfThrottled(throttle.addressWait(remote));
            throttle.failed(remote, null);
            throw unauthorized("the Authorization header must be 'Bearer <token>'");
        }
        String secret = header.substring(7).trim();
        Optional<TokenStore.TokenInfo> token = tokens.authenticate(secret);
        if (token.isEmpty()) {
            refuseIfThrottled(throttle.wait(remote, secret));
            throttle.failed(remote, secret);
            LOG.warn("Refused an unknown agent token from {}", remote);
            throw unauthorized("the token is not valid on this kiosk");
        }
        if (!token.get().role().includes(Role.PUBLISHER)) {
            refuseIfThrottled(throttle.addressWait(remote));
        }
        if (!token.get().role().includes(required)) {
            throw new ApiException(403, "forbidden", "this needs the " + required.wireName() + " role; token '"
                    + token.get().name() + "' is " + token.get().role().wireName());
        }
        return token.get();
    }

    private static void refuseIfThrottled(Duration wait) throws ApiException {
        if (!wait.isZero()) {
            long seconds = Math.max(1, TimeUnit.MILLISECONDS.toSeconds(wait.toMillis() + 999));
            throw new ApiException(429, "too_many_failures", "too many failed attempts from this address or with "
                    + "this token; retry in " + seconds + " s", java.util.Map.of("Retry-After", String.valueOf(seconds)));
        }
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, java.util.Map.of("WWW-Authenticate", "Bearer"));
    }

    private void writeAudit(TokenStore.TokenInfo token, String remote, String method, String path, Reply reply,
                            Exchange exchange) {
        String detail = exchange != null && exchange.auditDetail() != null ? exchange.auditDetail()
                : reply.status() >= 400 ? errorMessage(reply) : null;
        AuditLog.Entry entry = new AuditLog.Entry(clock.instant().toString(),
                token == null ? null : token.id(), token == null ? null : token.name(),
                token == null ? null : token.role().wireName(), remote, method, path, reply.status(), detail);
        try {
            audit.append(entry);
        } catch (IOException e) {
            LOG.error("Could not write the audit log entry for {} {} by {}: {}", method, path,
                    token == null ? "an unauthenticated caller" : token.id(), e.getMessage());
        }
    }

    private static String errorMessage(Reply reply) {
        try {
            return Json.MAPPER.readTree(reply.body()).path("message").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
