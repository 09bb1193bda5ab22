package org.legalkiosk.hub.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps console paths to pages. A known path with another method answers 405, an unknown one 404; a refusal
 * ({@link HttpError}) is shown as a page in both languages.
 */
public final class ConsoleRoutes extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRoutes.class);

    private final List<Route> routes = new ArrayList<>();
    private final Templates templates;

    public ConsoleRoutes(Templates templates, List<List<Route>> pages) {
        this.templates = templates;
        pages.forEach(routes::addAll);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Http.path(request);
        try {
            boolean pathKnown = false;
            for (Route route : routes) {
                Matcher m = route.path().matcher(path);
                if (m.matches()) {
                    pathKnown = true;
                    if (route.method().equals(request.getMethod())) {
                        route.action().handle(request, response, callback, m);
                        return true;
                    }
                }
            }
            throw pathKnown
                    ? new HttpError(405, "不支持此操作 / method not allowed")
                    : new HttpError(404, "没有这个页面 / no such page");
        } catch (HttpError e) {
            error(request, response, callback, e.status(), e.getMessage());
        } catch (DataAccessException e) {
            LOG.error("Console {} failed: {} ({})", path, e.getMessage(), String.valueOf(e.getCause()));
            error(
                    request,
                    response,
                    callback,
                    503,
                    "暂时无法连接数据库，请稍后再试 / the database is not answering;" + " try again shortly");
        } catch (Exception e) {
            LOG.error("Console {} failed", path, e);
            error(request, response, callback, 500, "出错了，已记录 / something went wrong; it has been logged");
        }
        return true;
    }

    private void error(Request request, Response response, Callback callback, int status, String message) {
        var session = ConsoleRequest.session(request);
        Page page = new Page(
                session == null ? null : session.user(),
                session == null ? "" : session.csrfToken(),
                "出错了",
                "Something went wrong",
                "");
        Http.html(
                response,
                callback,
                status,
                templates.render("error.jte", Map.of("page", page, "status", status, "message", message)));
    }
}
