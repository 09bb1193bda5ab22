package org.legalkiosk.kiosk.agent.handler;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.legalkiosk.kiosk.store.TokenStore;

/**
 * What a request presents in its {@code Authorization} header, looked up once in the token store and kept with
 * the request, so the rate limit and the authentication handler judge the same thing with one read of the file.
 *
 * @param secret the presented secret when the header was a bearer token; null otherwise
 * @param token  the token it is; null unless {@link Kind#VALID}
 */
record Credential(Kind kind, String secret, TokenStore.TokenInfo token) {

    enum Kind {
        /** No Authorization header, or a blank one. */
        MISSING,
        /** A header that is not {@code Bearer <token>}. */
        MALFORMED,
        /** A bearer token this kiosk does not know (wrong, revoked, made up). */
        UNKNOWN,
        /** One of this kiosk's tokens. */
        VALID
    }

    private static final String ATTRIBUTE = Credential.class.getName();

    /** The request's credential, read from its header and the token store at the first call, then remembered. */
    static Credential of(Request request, TokenStore tokens) throws IOException {
        if (request.getAttribute(ATTRIBUTE) instanceof Credential known) {
            return known;
        }
        Credential c = read(request, tokens);
        request.setAttribute(ATTRIBUTE, c);
        return c;
    }

    private static Credential read(Request request, TokenStore tokens) throws IOException {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return new Credential(Kind.MISSING, null, null);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Credential(Kind.MALFORMED, null, null);
        }
        String secret = header.substring(7).trim();
        Optional<TokenStore.TokenInfo> token = tokens.authenticate(secret);
        return token.map(t -> new Credential(Kind.VALID, secret, t))
                .orElseGet(() -> new Credential(Kind.UNKNOWN, secret, null));
    }
}
