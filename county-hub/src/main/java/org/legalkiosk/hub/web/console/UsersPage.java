package org.legalkiosk.hub.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.users.AccountSwitch;
import org.legalkiosk.hub.users.Role;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.UserStore;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * Console accounts, for county admins only: add one (county admin, township officer with their township, auditor),
 * disable or re-enable it, set a new password when one was forgotten (which ends the account's sessions). The stores
 * audit every change; a problem is shown at the top of the page in both languages and nothing is changed.
 */
public final class UsersPage {

    private static final String NAME = "([a-z0-9][a-z0-9._-]{1,31})";

    private final UserStore users;
    private final AccountSwitch accounts;
    private final Templates templates;

    public UsersPage(UserStore users, AccountSwitch accounts, Templates templates) {
        this.users = users;
        this.accounts = accounts;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/users", "/users", (rq, rs, cb, m) -> show(rq, rs, cb, 200, "", Map.of())),
                Route.of("POST", "/users", "/users", (rq, rs, cb, m) -> add(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/users/" + NAME + "/disable",
                        "/users/officer/disable",
                        (rq, rs, cb, m) -> setDisabled(rq, rs, cb, m, true)),
                Route.of(
                        "POST",
                        "/users/" + NAME + "/enable",
                        "/users/officer/enable",
                        (rq, rs, cb, m) -> setDisabled(rq, rs, cb, m, false)),
                Route.of("POST", "/users/" + NAME + "/password", "/users/officer/password", this::resetPassword));
    }

    private void show(
            Request request,
            Response response,
            Callback callback,
            int status,
            String problem,
            Map<String, String> values) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        String done = Request.extractQueryParameters(request).getValue("done");
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "用户管理", "Users", "users"));
        params.put("users", users.list());
        params.put("roles", List.of(Role.values()));
        params.put("problem", problem);
        params.put("values", values);
        params.put("done", done == null ? "" : done);
        Http.html(response, callback, status, templates.render("users.jte", params));
    }

    private void add(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("username", "displayName", "role", "township")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        try {
            Role role;
            try {
                role = Role.valueOf(values.get("role"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("请选择角色 / choose a role");
            }
            users.add(
                    session.user().username(),
                    values.get("username"),
                    values.get("displayName"),
                    role,
                    values.get("township").isEmpty() ? null : values.get("township"),
                    Http.first(form, "password"));
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 400, e.getMessage(), values); // the password is never shown back
            return;
        }
        done(response, callback, "added " + values.get("username"));
    }

    private void setDisabled(Request request, Response response, Callback callback, Matcher path, boolean disabled) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        try {
            accounts.setDisabled(session.user().username(), path.group(1), disabled);
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 400, e.getMessage(), Map.of());
            return;
        }
        done(response, callback, (disabled ? "disabled " : "enabled ") + path.group(1));
    }

    private void resetPassword(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        String name = path.group(1);
        if (users.list().stream().noneMatch(u -> u.username().equals(name))) {
            throw new HttpError(404, "没有此用户 / no such user");
        }
        try {
            users.changePassword(session.user().username(), name, Http.first(ConsoleRequest.form(request), "password"));
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 400, e.getMessage(), Map.of());
            return;
        }
        done(response, callback, "password " + name);
    }

    private static void done(Response response, Callback callback, String what) {
        Http.redirect(response, callback, "/users?done=" + URLEncoder.encode(what, StandardCharsets.UTF_8));
    }
}
