package org.legalkiosk.hub.web.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.terminals.AuditChainCheck;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.ScreenshotStore;
import org.legalkiosk.hub.terminals.TerminalRow;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * One terminal: its status, its content pin, what the hub knows of its audit log (and, for a county admin, accepting
 * a flagged log's current head after checking the terminal), and its last screenshot with the time it was taken.
 * A terminal outside the user's township is "not found", as on the list.
 */
public final class TerminalDetailPage {

    private static final String ID = "([a-z0-9][a-z0-9-]{0,63})";

    private final FleetView fleet;
    private final ScreenshotStore screenshots;
    private final AuditChainCheck auditChains;
    private final Templates templates;

    public TerminalDetailPage(
            FleetView fleet, ScreenshotStore screenshots, AuditChainCheck auditChains, Templates templates) {
        this.fleet = fleet;
        this.screenshots = screenshots;
        this.auditChains = auditChains;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of(
                        "GET",
                        "/terminals/" + ID,
                        "/terminals/t-demo-1",
                        (rq, rs, cb, m) -> show(rq, rs, cb, m.group(1), 200, null)),
                Route.of(
                        "GET",
                        "/terminals/" + ID + "/screenshot\\.png",
                        "/terminals/t-demo-1/screenshot.png",
                        this::png),
                Route.of(
                        "POST",
                        "/terminals/" + ID + "/audit-accept",
                        "/terminals/t-demo-1/audit-accept",
                        this::acceptAuditHead));
    }

    private TerminalRow visible(SessionStore.Session session, String id) {
        return fleet.terminals(session.user().townshipScope()).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new HttpError(404, "没有此终端 / no such terminal"));
    }

    private void show(Request request, Response response, Callback callback, String id, int status, String problem) {
        SessionStore.Session session = ConsoleRequest.session(request);
        TerminalRow row = visible(session, id);
        Map<String, Object> params = new HashMap<>();
        params.put(
                "page",
                new Page(session.user(), session.csrfToken(), "终端 " + row.name(), "Terminal " + row.id(), "terminals"));
        params.put("t", row);
        params.put("screenshot", screenshots.latest(id).orElse(null));
        params.put("problem", problem == null ? "" : problem);
        String accepted = Request.extractQueryParameters(request).getValue("accepted");
        params.put("accepted", accepted != null);
        Http.html(response, callback, status, templates.render("terminal.jte", params));
    }

    private void png(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String id = visible(session, path.group(1)).id();
        byte[] png = screenshots.png(id).orElseThrow(() -> new HttpError(404, "还没有截图 / no screenshot yet"));
        // Never cached: it is replaced by the next screenshot, and the county's PCs are shared.
        response.getHeaders().put("Cache-Control", "no-store");
        Http.send(response, callback, 200, "image/png", png);
    }

    private void acceptAuditHead(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        TerminalRow row = visible(session, path.group(1));
        Access.requireAdmin(session.user());
        String reason = Http.first(ConsoleRequest.form(request), "reason");
        try {
            auditChains.accept(session.user().username(), row.id(), reason);
        } catch (IllegalArgumentException e) {
            show(request, response, callback, row.id(), 400, e.getMessage());
            return;
        }
        Http.redirect(response, callback, "/terminals/" + row.id() + "?accepted=1");
    }
}
