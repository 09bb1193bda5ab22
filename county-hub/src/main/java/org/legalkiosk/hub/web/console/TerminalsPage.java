package org.legalkiosk.hub.web.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.TerminalRegistry;
import org.legalkiosk.hub.terminals.TerminalRow;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * The fleet: every terminal the user may see, by township, with online/offline from its last heartbeat, versions,
 * devices that need someone, help presses and sync backlog; a screenshot request per terminal.
 */
public final class TerminalsPage {

    private final FleetView fleet;
    private final TerminalRegistry registry;
    private final Templates templates;

    public TerminalsPage(FleetView fleet, TerminalRegistry registry, Templates templates) {
        this.fleet = fleet;
        this.registry = registry;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/", "/", (rq, rs, cb, m) -> show(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/terminals/([a-z0-9-]{1,64})/screenshot",
                        "/terminals/t-demo-1/screenshot",
                        this::requestScreenshot));
    }

    private void show(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        List<TerminalRow> rows = fleet.terminals(session.user().townshipScope());
        Map<String, List<TerminalRow>> byTownship = new LinkedHashMap<>();
        rows.forEach(r -> byTownship
                .computeIfAbsent(r.township(), k -> new java.util.ArrayList<>())
                .add(r));
        FleetSummary summary = FleetSummary.of(rows);
        String flash = Request.extractQueryParameters(request).getValue("requested");
        Http.html(
                response,
                callback,
                200,
                templates.render(
                        "terminals.jte",
                        Map.of(
                                "page",
                                new Page(session.user(), session.csrfToken(), "终端", "Terminals", "terminals"),
                                "byTownship",
                                byTownship,
                                "summary",
                                summary,
                                "requested",
                                flash == null ? "" : flash)));
    }

    private void requestScreenshot(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String id = path.group(1);
        TerminalRow row = fleet.terminals(session.user().townshipScope()).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new HttpError(404, "没有此终端 / no such terminal"));
        Access.requireActOnTerminal(session.user(), row.township());
        registry.requestScreenshot(session.user().username(), id);
        Http.redirect(response, callback, "/?requested=" + id);
    }

    /** The counts above the table. */
    public record FleetSummary(int total, int online, int offline, int attention, int help) {

        static FleetSummary of(List<TerminalRow> rows) {
            int online = (int)
                    rows.stream().filter(r -> r.statusKey().equals("online")).count();
            int offline = (int)
                    rows.stream().filter(r -> r.statusKey().equals("offline")).count();
            int attention = (int)
                    rows.stream().filter(r -> !r.needsAttention().isEmpty()).count();
            int help = (int) rows.stream().filter(r -> r.helpPresses() > 0).count();
            return new FleetSummary(rows.size(), online, offline, attention, help);
        }
    }
}
