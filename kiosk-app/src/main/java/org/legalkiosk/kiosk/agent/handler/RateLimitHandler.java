package org.legalkiosk.kiosk.agent.handler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Route;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.kiosk.store.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down token guessing on the routes that need a token (docs/decisions/0018-auth-throttle-spares-valid-tokens.md):
 * while an address or a presented secret has spent its budget of failures, a wrong, malformed or missing token
 * is answered 429 with {@code Retry-After}, before it is looked at again. A valid admin or publisher token is
 * always let through; a valid viewer token waits with its address. A token that is not this kiosk's, or a
 * header that is not a bearer token, counts as a failure here, on its way to the 401 the authentication handler
 * behind this one gives it; a missing token is throttled but not counted.
 */
public final class RateLimitHandler extends CheckingHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitHandler.class);

    private final AuthThrottle throttle;
    private final TokenStore tokens;

    public RateLimitHandler(AuthThrottle throttle, TokenStore tokens, Handler next) {
        super(next);
        this.throttle = throttle;
        this.tokens = tokens;
    }

    @Override
    protected void check(Request request) throws Exception {
        if (!Route.of(request).map(Route::needsToken).orElse(false)) {
            return;
        }
        String remote = Request.getRemoteAddr(request);
        Credential credential = Credential.of(request, tokens);
        switch (credential.kind()) {
            case MISSING -> refuseIfThrottled(throttle.addressWait(remote));
            case MALFORMED -> {
                refuseIfThrottled(throttle.addressWait(remote));
                throttle.failed(remote, null);
            }
            case UNKNOWN -> {
                refuseIfThrottled(throttle.wait(remote, credential.secret()));
                throttle.failed(remote, credential.secret());
                LOG.warn("Refused an unknown agent token from {}", remote);
            }
            case VALID -> {
                if (!credential.token().role().includes(Role.PUBLISHER)) {
                    refuseIfThrottled(throttle.addressWait(remote));
                }
            }
        }
    }

    private static void refuseIfThrottled(Duration wait) throws ApiException {
        if (!wait.isZero()) {
            long seconds = Math.max(1, TimeUnit.MILLISECONDS.toSeconds(wait.toMillis() + 999));
            throw new ApiException(
                    429,
                    "too_many_failures",
                    "too many failed attempts from this address or with " + "this token; retry in " + seconds + " s",
                    Map.of("Retry-After", String.valueOf(seconds)));
        }
    }
}
