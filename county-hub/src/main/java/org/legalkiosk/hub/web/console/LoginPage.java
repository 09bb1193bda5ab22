package org.legalkiosk.hub.web.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.security.Tokens;
import org.legalkiosk.hub.users.LoginThrottle;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.users.UserStore;
import org.legalkiosk.hub.web.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log in and out. The login form carries a token from a short-lived pre-login cookie (so another site cannot log a
 * browser into an account of its choosing); wrong passwords are throttled per name and per address; a good login
 * gets a new session id (no fixation) in a Secure, HttpOnly, SameSite=Strict cookie. Logins and logouts are audited.
 */
public final class LoginPage {

    static final String PATH = "/login";
    static final String PRE_COOKIE = "hub_login";
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    private final UserStore users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final Templates templates;
    private final DataSource db;
    private final boolean secureCookies;

    public LoginPage(
            UserStore users,
            SessionStore sessions,
            LoginThrottle throttle,
            Templates templates,
            DataSource db,
            boolean secureCookies) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.templates = templates;
        this.db = db;
        this.secureCookies = secureCookies;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", PATH, PATH, (rq, rs, cb, m) -> show(rq, rs, cb, 200, null, "")),
                Route.of("POST", PATH, PATH, (rq, rs, cb, m) -> login(rq, rs, cb)),
                Route.of("POST", "/logout", "/logout", (rq, rs, cb, m) -> logout(rq, rs, cb)));
    }

    private void show(
            Request request, Response response, Callback callback, int status, String error, String username) {
        if (ConsoleRequest.session(request) != null && status == 200) {
            Http.redirect(response, callback, "/");
            return;
        }
        // Keep the pre-login token a browser already has: a second tab, or any request that lands on this page
        // (a favicon fetch, a reload), must not invalidate the form already showing.
        String pre = SessionAuth.cookie(request, PRE_COOKIE)
                .filter(v -> v.matches("[A-Za-z0-9_-]{43}"))
                .orElseGet(Tokens::newToken);
        Response.addCookie(response, cookie(PRE_COOKIE, pre, 15 * 60));
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(null, pre, "登录", "Log in", ""));
        params.put("error", error);
        params.put("username", username);
        Http.html(response, callback, status, templates.render("login.jte", params));
    }

    private void login(Request request, Response response, Callback callback) {
        Map<String, List<String>> form = ConsoleRequest.form(request);
        String username =
                Optional.ofNullable(Http.first(form, "username")).orElse("").strip();
        String password = Optional.ofNullable(Http.first(form, "password")).orElse("");
        String address = Request.getRemoteAddr(request);
        if (username.isEmpty() || password.isEmpty() || username.length() > 32) {
            show(request, response, callback, 400, "请输入用户名和密码 / Enter your user name and password", username);
            return;
        }
        if (!throttle.allowed(username, address)) {
            LOG.warn("Login for '{}' from {} refused: too many failures", username, address);
            response.getHeaders().put("Retry-After", String.valueOf(LoginThrottle.WINDOW.toSeconds()));
            show(
                    request,
                    response,
                    callback,
                    429,
                    "登录失败次数过多，请 15 分钟后再试 / Too many failed attempts: try" + " again in 15 minutes",
                    username);
            return;
        }
        Optional<User> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            LOG.info("Failed login for '{}' from {}", username, address);
            show(request, response, callback, 401, "用户名或密码不正确 / The user name or password is not right", username);
            return;
        }
        throttle.succeeded(username);
        SessionStore.NewSession session = sessions.create(user.get());
        audit(username, "login", address);
        Response.addCookie(
                response, cookie(ConsoleRequest.COOKIE, session.cookieValue(), SessionStore.LIFETIME.toSeconds()));
        Response.addCookie(response, cookie(PRE_COOKIE, "", 0));
        Http.redirect(response, callback, "/");
    }

    private void logout(Request request, Response response, Callback callback) {
        SessionAuth.cookie(request).ifPresent(sessions::end);
        SessionStore.Session session = ConsoleRequest.session(request);
        audit(session.user().username(), "logout", Request.getRemoteAddr(request));
        Response.addCookie(response, cookie(ConsoleRequest.COOKIE, "", 0));
        Http.redirect(response, callback, PATH);
    }

    private void audit(String actor, String action, String address) {
        Transactions.inTransaction(db, "audit a login", c -> {
            AuditLog.record(c, actor, action, null, "from " + address);
            return null;
        });
    }

    private HttpCookie cookie(String name, String value, long maxAgeSeconds) {
        return HttpCookie.build(name, value)
                .path("/")
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(HttpCookie.SameSite.STRICT)
                .maxAge(maxAgeSeconds)
                .build();
    }
}
