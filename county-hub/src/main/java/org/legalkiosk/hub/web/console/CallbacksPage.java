package org.legalkiosk.hub.web.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.callbacks.CallbackDesk;
import org.legalkiosk.hub.callbacks.CallbackOutcome;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * Callback requests for the township's officers: who asked to be rung, about what, from which terminal, and two
 * buttons per open request, "called back" and "could not reach". Only an officer of the terminal's township marks a
 * request done (they are the ones who can see the number and ring it); an admin or an auditor reads the list with
 * numbers masked. Another township's request is a 404 to an officer, as another township's terminal is.
 */
public final class CallbacksPage {

    private final CallbackDesk desk;
    private final Templates templates;

    public CallbacksPage(CallbackDesk desk, Templates templates) {
        this.desk = desk;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/callbacks", "/callbacks", (rq, rs, cb, m) -> show(rq, rs, cb)),
                Route.of("POST", "/callbacks/(\\d{1,18})/done", "/callbacks/1/done", this::markDone));
    }

    private void show(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String done = Request.extractQueryParameters(request).getValue("done");
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "回电请求", "Callback requests", "callbacks"));
        params.put("rows", desk.list(session.user()));
        params.put("canMark", canMark(session.user()));
        params.put("done", done != null && done.matches("\\d{1,18}") ? done : "");
        response.getHeaders().put("Cache-Control", "no-store");
        Http.html(response, callback, 200, templates.render("callbacks.jte", params));
    }

    private static boolean canMark(User user) {
        return user.canChange() && user.townshipScope().isPresent();
    }

    private void markDone(Request request, Response response, Callback callback, Matcher path) {
        User user = ConsoleRequest.session(request).user();
        long id = Long.parseLong(path.group(1));
        String township = desk.township(id).orElseThrow(() -> new HttpError(404, "没有这条回电请求 / no such request"));
        if (!user.sees(township)) {
            throw new HttpError(404, "没有这条回电请求 / no such request");
        }
        if (!canMark(user)) {
            throw new HttpError(403, "只有本乡镇的专员可以标记回电 / only the township's officers mark callbacks done");
        }
        CallbackOutcome outcome;
        try {
            outcome = CallbackOutcome.valueOf(String.valueOf(Http.first(ConsoleRequest.form(request), "outcome")));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "请选择“已回电”或“未能联系上” / choose called back or could not reach");
        }
        desk.markDone(user, id, outcome);
        Http.redirect(response, callback, "/callbacks?done=" + id);
    }
}
