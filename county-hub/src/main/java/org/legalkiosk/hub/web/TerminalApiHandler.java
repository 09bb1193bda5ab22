package org.legalkiosk.hub.web;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.hub.protocol.ScreenshotUnavailable;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.protocol.WireFormatException;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.terminals.EnrolmentException;
import org.legalkiosk.hub.terminals.EventIntake;
import org.legalkiosk.hub.terminals.HeartbeatIntake;
import org.legalkiosk.hub.terminals.ScreenshotStore;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.hub.terminals.TerminalRegistry;
import org.legalkiosk.hub.users.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal API ({@code /api/terminal/v1/*}, see docs/county-hub.md): enrolment with a one-time code, then
 * heartbeats and outbox events with the terminal's bearer token. Every body is size-limited before it is parsed and
 * must be JSON. Wrong enrolment codes and tokens are counted per address: past the limit the address gets 429 for
 * any code and any bad token, while a valid token always passes (many terminals share a carrier's NAT address, and one
 * broken terminal must not lock out its neighbours; a 256-bit token cannot be guessed anyway). Answers are JSON,
 * errors {@code {"error": "..."}}.
 */
public final class TerminalApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(TerminalApiHandler.class);

    private final TerminalRegistry registry;
    private final HeartbeatIntake heartbeats;
    private final EventIntake events;
    private final LoginThrottle failures;
    private final HubMetrics metrics;
    private final ScreenshotStore screenshots;

    public TerminalApiHandler(
            TerminalRegistry registry,
            HeartbeatIntake heartbeats,
            EventIntake events,
            ScreenshotStore screenshots,
            LoginThrottle failures,
            HubMetrics metrics) {
        this.screenshots = screenshots;
        this.registry = registry;
        this.heartbeats = heartbeats;
        this.events = events;
        this.failures = failures;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Http.path(request);
        String address = Request.getRemoteAddr(request);
        try {
            if (!path.equals(TerminalApi.ENROL)
                    && !path.equals(TerminalApi.HEARTBEAT)
                    && !path.equals(TerminalApi.EVENTS)
                    && !path.equals(TerminalApi.SCREENSHOT)) {
                throw new HttpError(404, "no such route");
            }
            if (!request.getMethod().equals("POST")) {
                response.getHeaders().put("Allow", "POST");
                throw new HttpError(405, "POST only");
            }
            if (path.equals(TerminalApi.SCREENSHOT)) {
                screenshot(request, response, callback, address);
                return true;
            }
            Http.requireJson(request);
            if (path.equals(TerminalApi.ENROL)) {
                enrol(request, response, callback, address);
                return true;
            }
            TerminalIdentity terminal = authenticate(request, response, address);
            if (path.equals(TerminalApi.HEARTBEAT)) {
                HeartbeatRequest beat =
                        WireJson.read(Http.body(request, Limits.MAX_HEARTBEAT_BYTES), HeartbeatRequest.class);
                Http.json(response, callback, 200, heartbeats.accept(terminal, beat));
                metrics.count("heartbeat", 200);
            } else {
                event(request, response, callback, terminal);
            }
        } catch (HttpError e) {
            metrics.count(route(path), e.status());
            Http.jsonError(response, callback, e.status(), e.getMessage());
        } catch (WireFormatException e) {
            metrics.count(route(path), 400);
            Http.jsonError(response, callback, 400, e.getMessage());
        } catch (DataAccessException e) {
            LOG.error("Terminal API {} failed: {} ({})", path, e.getMessage(), String.valueOf(e.getCause()));
            metrics.count(route(path), 503);
            response.getHeaders().put("Retry-After", "30");
            Http.jsonError(response, callback, 503, "the hub cannot reach its database; try again later");
        }
        return true;
    }

    private void enrol(Request request, Response response, Callback callback, String address) {
        refuseIfThrottled(response, address);
        EnrolRequest enrol = WireJson.read(Http.body(request, Limits.MAX_ENROL_BYTES), EnrolRequest.class);
        try {
            var reply = registry.enrol(enrol);
            LOG.info("Terminal {} enrolled from {}", reply.terminalId(), address);
            metrics.count("enrol", 200);
            Http.json(response, callback, 200, reply);
        } catch (EnrolmentException e) {
            failures.failed("terminal:" + address, address);
            throw new HttpError(403, "unknown, used or expired enrolment code");
        }
    }

    private TerminalIdentity authenticate(Request request, Response response, String address) {
        Optional<TerminalIdentity> terminal = registry.authenticate(Http.bearer(request));
        if (terminal.isEmpty()) {
            refuseIfThrottled(response, address);
            failures.failed("terminal:" + address, address);
            response.getHeaders().put("WWW-Authenticate", "Bearer realm=\"county-hub\"");
            throw new HttpError(401, "a valid terminal token is required (revoked terminals are refused)");
        }
        return terminal.get();
    }

    private void refuseIfThrottled(Response response, String address) {
        if (!failures.allowed("terminal:" + address, address)) {
            response.getHeaders().put("Retry-After", String.valueOf(LoginThrottle.WINDOW.toSeconds()));
            throw new HttpError(429, "too many failed attempts from this address; try again later");
        }
    }

    private void event(Request request, Response response, Callback callback, TerminalIdentity terminal) {
        byte[] body = Http.body(request, Limits.MAX_EVENT_BYTES);
        EventEnvelope event = EventEnvelope.parse(request.getHeaders().get(EventEnvelope.KEY_HEADER), body);
        EventIntake.Outcome outcome = events.accept(terminal, event);
        int status = switch (outcome) {
            case STORED -> 201;
            case DUPLICATE -> 200;
            case CONFLICT -> 409;
        };
        metrics.count("events", status);
        if (outcome == EventIntake.Outcome.CONFLICT) {
            LOG.warn(
                    "Terminal {} sent key {} again with a different body; the first is kept",
                    terminal.id(),
                    event.idempotencyKey());
        }
        Http.json(
                response,
                callback,
                status,
                Map.of(
                        "status",
                        outcome.name().toLowerCase(java.util.Locale.ROOT),
                        "idempotencyKey",
                        event.idempotencyKey()));
    }

    /**
     * A PNG ({@code image/png}) or, when the terminal has no screen, {@link ScreenshotUnavailable} as JSON; taken
     * only as the answer to a request (409 otherwise). The token is checked before the body is read.
     */
    private void screenshot(Request request, Response response, Callback callback, String address) {
        String type = request.getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        if (!mime.startsWith("image/png") && !mime.startsWith("application/json")) {
            throw new HttpError(415, "Content-Type must be image/png (or application/json when there is no screen)");
        }
        TerminalIdentity terminal = authenticate(request, response, address);
        try {
            if (mime.startsWith("image/png")) {
                screenshots.store(terminal, Http.body(request, Limits.MAX_SCREENSHOT_BYTES));
                LOG.info("Screenshot from terminal {} stored", terminal.id());
            } else {
                ScreenshotUnavailable none =
                        WireJson.read(Http.body(request, Limits.MAX_ENROL_BYTES), ScreenshotUnavailable.class);
                screenshots.unavailable(terminal, none.reason());
                LOG.info("Terminal {} could not take a screenshot: {}", terminal.id(), none.reason());
            }
        } catch (ScreenshotStore.NotRequestedException e) {
            throw new HttpError(409, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
        }
        metrics.count("screenshot", 201);
        Http.json(response, callback, 201, Map.of("status", "stored"));
    }

    private static String route(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
