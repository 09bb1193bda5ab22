package org.legalkiosk.hub.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/**
 * Terminal groups and their offline timeouts: everyone reads them (they decide what "offline" means on every page);
 * a county admin changes a group's timeout, in minutes (a terminal on a weak 4G link may get longer than one on the
 * county office's LAN). The change is audited by the store with the new value.
 */
public final class GroupsPage {

    private final GroupStore groups;
    private final Templates templates;

    public GroupsPage(GroupStore groups, Templates templates) {
        this.groups = groups;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/groups", "/groups", (rq, rs, cb, m) -> show(rq, rs, cb, 200, Map.of(), Map.of())),
                Route.of("POST", "/groups/timeout", "/groups/timeout", (rq, rs, cb, m) -> setTimeout(rq, rs, cb)));
    }

    private void show(
            Request request,
            Response response,
            Callback callback,
            int status,
            Map<String, String> values,
            Map<String, String> problems) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String saved = Request.extractQueryParameters(request).getValue("saved");
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "终端分组", "Groups", "groups"));
        params.put("groups", groups.list());
        params.put("values", values);
        params.put("problems", problems);
        params.put("saved", saved == null ? "" : saved);
        Http.html(response, callback, status, templates.render("groups.jte", params));
    }

    private void setTimeout(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("group", "minutes")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (groups.list().stream().noneMatch(g -> g.name().equals(values.get("group")))) {
            problems.put("group", "请选择分组 / Choose a group");
        }
        String minutes = values.get("minutes");
        if (!minutes.matches("\\d{1,4}") || Integer.parseInt(minutes) < 1 || Integer.parseInt(minutes) > 1440) {
            problems.put("minutes", "离线判定为 1 到 1440 分钟 / The timeout is 1 to 1440 minutes");
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        groups.put(session.user().username(), values.get("group"), Integer.parseInt(minutes) * 60);
        Http.redirect(
                response, callback, "/groups?saved=" + URLEncoder.encode(values.get("group"), StandardCharsets.UTF_8));
    }
}
