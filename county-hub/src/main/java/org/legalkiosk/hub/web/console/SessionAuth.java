package org.legalkiosk.hub.web.console;

import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/**
 * Finds the console session from its cookie and attaches it to the request. The login page and its post pass
 * without one; any other page without a session sends a browser to the login page (GET) or answers 401 (a post).
 */
public final class SessionAuth extends Handler.Wrapper {

    private static final Set<String> OPEN = Set.of(LoginPage.PATH);

    private final SessionStore sessions;

    public SessionAuth(SessionStore sessions, Handler next) {
        super(next);
        this.sessions = sessions;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Optional<SessionStore.Session> session = cookie(request).flatMap(sessions::find);
        session.ifPresent(s -> request.setAttribute(ConsoleRequest.SESSION, s));
        String path = Http.path(request);
        if (session.isEmpty() && !OPEN.contains(path)) {
            if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
                Http.redirect(response, callback, LoginPage.PATH);
            } else {
                // An expired session's upload or form post: read what was sent (bounded) so the browser shows this
                // answer rather than "connection reset".
                Http.discardBody(request, Http.REFUSED_DISCARD_BYTES);
                Http.text(response, callback, 401, "请先登录 / log in first\n");
            }
            return true;
        }
        return super.handle(request, response, callback);
    }

    static Optional<String> cookie(Request request) {
        return cookie(request, ConsoleRequest.COOKIE);
    }

    static Optional<String> cookie(Request request, String name) {
        return Request.getCookies(request).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
