package org.legalkiosk.hub.web.console;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content rollout: which version each group should reach (county admins set it: a pilot group first, then the
 * rest), and how many terminals already report which version. The target goes out with each heartbeat reply; the
 * terminals fetch the signed bundle from the pull channel themselves.
 */
public final class ContentPage {

    private final FleetView fleet;
    private final GroupStore groups;
    private final Templates templates;

    public ContentPage(FleetView fleet, GroupStore groups, Templates templates) {
        this.fleet = fleet;
        this.groups = groups;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/content", "/content", (rq, rs, cb, m) -> show(rq, rs, cb, 200, Map.of(), Map.of())),
                Route.of("POST", "/content/target", "/content/target", (rq, rs, cb, m) -> setTarget(rq, rs, cb)));
    }

    private void show(Request request, Response response, Callback callback, int status, Map<String, String> values,
                      Map<String, String> problems) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String saved = Request.extractQueryParameters(request).getValue("saved");
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "内容发布", "Content rollout", "content"));
        params.put("rollout", fleet.rollout(session.user().townshipScope()));
        params.put("values", values);
        params.put("problems", problems);
        params.put("saved", saved == null ? "" : saved);
        Http.html(response, callback, status, templates.render("content.jte", params));
    }

    private void setTarget(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("group", "channel", "version")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (groups.list().stream().noneMatch(g -> g.name().equals(values.get("group")))) {
            problems.put("group", "请选择分组 / Choose a group");
        }
        if (!values.get("channel").matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.put("channel", "频道为小写字母、数字和 - / A channel is lower-case letters, digits and '-'");
        }
        if (!values.get("version").matches("\\d{1,18}")) {
            problems.put("version", "版本为非负整数 / A version is a whole number");
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        groups.setContentTarget(session.user().username(), values.get("group"), values.get("channel"),
                Long.parseLong(values.get("version")));
        Http.redirect(response, callback, "/content?saved=" + java.net.URLEncoder.encode(values.get("group"),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
