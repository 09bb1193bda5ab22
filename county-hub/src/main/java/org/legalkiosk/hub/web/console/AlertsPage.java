package org.legalkiosk.hub.web.console;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.terminals.Alert;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/** What needs someone now: terminals offline, devices not ready, large backlogs, content behind its target. */
public final class AlertsPage {

    private final FleetView fleet;
    private final GroupStore groups;
    private final Templates templates;
    private final Clock clock;

    public AlertsPage(FleetView fleet, GroupStore groups, Templates templates, Clock clock) {
        this.fleet = fleet;
        this.groups = groups;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", "/alerts", "/alerts", (rq, rs, cb, m) -> show(rq, rs, cb)));
    }

    private void show(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Map<String, Long> targets = new HashMap<>();
        groups.list().stream()
                .filter(g -> g.contentVersion() != null)
                .forEach(g -> targets.put(g.name(), g.contentVersion()));
        List<Alert> alerts = Alert.of(fleet.terminals(session.user().townshipScope()), targets, clock.instant());
        Http.html(
                response,
                callback,
                200,
                templates.render(
                        "alerts.jte",
                        Map.of(
                                "page",
                                new Page(session.user(), session.csrfToken(), "告警", "Alerts", "alerts"),
                                "alerts",
                                alerts)));
    }
}
