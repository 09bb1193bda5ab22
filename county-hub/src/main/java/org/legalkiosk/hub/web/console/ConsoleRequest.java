package org.legalkiosk.hub.web.console;

import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.legalkiosk.hub.users.SessionStore;

/** What the console's wrappers attach to a request: the session, and a post's form once the CSRF check read it. */
final class ConsoleRequest {

    static final String SESSION = "hub.session";
    static final String FORM = "hub.form";
    static final String COOKIE = "hub_session";

    private ConsoleRequest() {}

    static SessionStore.Session session(Request request) {
        return (SessionStore.Session) request.getAttribute(SESSION);
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> form(Request request) {
        Object form = request.getAttribute(FORM);
        return form == null ? Map.of() : (Map<String, List<String>>) form;
    }
}
