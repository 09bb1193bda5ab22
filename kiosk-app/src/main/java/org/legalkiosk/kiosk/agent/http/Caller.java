package org.legalkiosk.kiosk.agent.http;

import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.store.TokenStore;

/**
 * The token a request was admitted with, attached by the authentication handler and read by the endpoint and
 * the audit handler. Absent on the routes that need no token, and on every request that was refused before or
 * by authentication.
 */
public final class Caller {

    private static final String ATTRIBUTE = Caller.class.getName();

    private Caller() {}

    public static Optional<TokenStore.TokenInfo> of(Request request) {
        return request.getAttribute(ATTRIBUTE) instanceof TokenStore.TokenInfo t ? Optional.of(t) : Optional.empty();
    }

    public static void admit(Request request, TokenStore.TokenInfo token) {
        request.setAttribute(ATTRIBUTE, token);
    }
}
