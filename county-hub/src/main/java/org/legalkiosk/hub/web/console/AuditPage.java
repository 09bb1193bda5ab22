package org.legalkiosk.hub.web.console;

import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/** The audit log, newest first: who changed what, when (county admins and auditors). */
public final class AuditPage {

    private final AuditLog audit;
    private final Templates templates;

    public AuditPage(AuditLog audit, Templates templates) {
        this.audit = audit;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", "/audit", "/audit", (rq, rs, cb, m) -> show(rq, rs, cb)));
    }

    private void show(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAuditReader(session.user());
        Http.html(
                response,
                callback,
                200,
                templates.render(
                        "audit.jte",
                        Map.of(
                                "page",
                                new Page(session.user(), session.csrfToken(), "审计日志", "Audit log", "audit"),
                                "entries",
                                audit.recent(500))));
    }
}
