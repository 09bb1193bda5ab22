package org.legalkiosk.kiosk.agent.handler;

import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Caller;
import org.legalkiosk.kiosk.agent.http.Route;
import org.legalkiosk.kiosk.store.TokenStore;

/**
 * Lets a request reach its endpoint only with a bearer token of this kiosk whose role includes the one its
 * route needs: no valid token is 401 with {@code WWW-Authenticate: Bearer}, too small a role is 403. The token
 * admitted is attached to the request ({@link Caller}) for the endpoint and the audit log. Routes that need no
 * token (health) pass untouched.
 */
public final class AuthenticationHandler extends CheckingHandler {

    private final TokenStore tokens;

    public AuthenticationHandler(TokenStore tokens, Handler next) {
        super(next);
        this.tokens = tokens;
    }

    @Override
    protected void check(Request request) throws Exception {
        Route route = Route.of(request).orElse(null);
        if (route == null || !route.needsToken()) {
            return;
        }
        Credential credential = Credential.of(request, tokens);
        switch (credential.kind()) {
            case MISSING -> throw unauthorized("this endpoint needs a bearer token");
            case MALFORMED -> throw unauthorized("the Authorization header must be 'Bearer <token>'");
            case UNKNOWN -> throw unauthorized("the token is not valid on this kiosk");
            case VALID -> {
                TokenStore.TokenInfo token = credential.token();
                if (!token.role().includes(route.required())) {
                    throw new ApiException(
                            403,
                            "forbidden",
                            "this needs the " + route.required().wireName() + " role; token '" + token.name() + "' is "
                                    + token.role().wireName());
                }
                Caller.admit(request, token);
            }
        }
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, Map.of("WWW-Authenticate", "Bearer"));
    }
}
