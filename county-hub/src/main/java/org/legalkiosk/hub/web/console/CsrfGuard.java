package org.legalkiosk.hub.web.console;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * Every console post must carry its session's CSRF token in the {@code csrf} field (the login form carries the
 * token of its pre-login cookie instead), and an {@code Origin} header, when the browser sends one, must be this
 * hub. The form is read here once (at most 64 KiB) and attached to the request for the page. A file upload
 * ({@code multipart/form-data}) carries the token in its form's action URL ({@code ?csrf=}) instead, and its body
 * is left unread for the page, which streams it to disk within its own limit: reading it here would hold it in
 * memory.
 */
public final class CsrfGuard extends Handler.Wrapper {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CsrfGuard.class);

    static final int MAX_FORM_BYTES = 64 * 1024;

    public CsrfGuard(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!request.getMethod().equals("POST")) {
            return super.handle(request, response, callback);
        }
        try {
            checkOrigin(request);
            boolean upload = isMultipart(request);
            Map<String, List<String>> form = upload ? Map.of() : Http.form(request, MAX_FORM_BYTES);
            String sent = upload ? Request.extractQueryParameters(request).getValue("csrf") : Http.first(form, "csrf");
            SessionStore.Session session = ConsoleRequest.session(request);
            if (upload && session == null) {
                throw new HttpError(401, "请先登录 / log in first");
            }
            String expected = session != null
                    ? session.csrfToken()
                    : SessionAuth.cookie(request, LoginPage.PRE_COOKIE).orElse(null);
            if (!Tokens.equal(sent, expected)) {
                throw new HttpError(403, "表单已过期，请刷新页面后重试 / the form has expired: reload the page and try" + " again");
            }
            request.setAttribute(ConsoleRequest.FORM, form);
        } catch (HttpError e) {
            if (isMultipart(request)) {
                Http.discardBody(request, Http.REFUSED_DISCARD_BYTES);
            }
            Http.text(response, callback, e.status(), e.getMessage() + "\n");
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean isMultipart(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void checkOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return;
        }
        try {
            URI o = URI.create(origin);
            String host = request.getHttpURI().getHost();
            int port = Request.getServerPort(request);
            int originPort = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            if (!host.equalsIgnoreCase(o.getHost()) || port != originPort) {
                // Logged from the parsed URI: java.net.URI refuses control characters, so it cannot forge a line.
                LOG.warn(
                        "Form post refused: Origin {}://{}:{} is not this hub ({}:{})",
                        o.getScheme(),
                        o.getHost(),
                        originPort,
                        host,
                        port);
                throw new HttpError(403, "这个表单来自别的网站 / this form was posted from another site");
            }
        } catch (IllegalArgumentException e) {
            throw new HttpError(403, "bad Origin header");
        }
    }
}
