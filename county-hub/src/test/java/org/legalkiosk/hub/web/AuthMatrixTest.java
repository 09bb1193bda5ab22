package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.web.console.Route;

/**
 * Every console route and API route × every role: the status each gets. A console route added without a row here
 * fails {@link #everyConsoleRouteIsInTheMatrix}.
 */
class AuthMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "admin", "officer", "auditor");
    private static HubFixture hub;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path work;

    private static long nextVersion = 20;
    private static String cgToken;
    private static String sqToken;

    private static final String CG_CODE = org.legalkiosk.hub.web.console.DeskPage.DeskExample.CODE;
    private static final String SQ_CODE = "K7Q3NE";

    /** method + path → expected status for anonymous, admin, officer (城关镇), auditor. */
    private static final Map<String, int[]> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /login", new int[] {200, 303, 303, 303});
        MATRIX.put("GET /", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /terminals/t-cg/screenshot", new int[] {401, 303, 303, 403});
        MATRIX.put("POST /terminals/t-sq/screenshot", new int[] {401, 303, 404, 403});
        MATRIX.put("GET /terminals/t-cg", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /terminals/t-sq", new int[] {303, 200, 404, 200});
        MATRIX.put("GET /terminals/t-cg/screenshot.png", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /terminals/t-sq/screenshot.png", new int[] {303, 200, 404, 200});
        MATRIX.put("POST /terminals/t-cg/audit-accept", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /groups", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /groups/timeout", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /users", new int[] {303, 200, 403, 403});
        MATRIX.put("POST /users", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /users/{user}/disable", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /users/{user}/enable", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /users/{user}/password", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /notices", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /notices/new", new int[] {303, 200, 403, 403});
        MATRIX.put("POST /notices", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /notices/{id}/withdraw", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /alerts", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /content", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /content/bundles", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /content/rollout", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /content/schedules/{schedule}/cancel", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /content/versions/{version}/delete", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /audit", new int[] {303, 200, 403, 200});
        MATRIX.put("GET /desk", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /desk/find?code=" + CG_CODE, new int[] {303, 303, 303, 303});
        MATRIX.put("GET /desk/find?code=" + SQ_CODE, new int[] {303, 303, 404, 303});
        MATRIX.put("GET /desk/day.pdf", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /desk/bookings/t-cg/" + CG_CODE, new int[] {303, 200, 200, 200});
        MATRIX.put("GET /desk/bookings/t-sq/" + SQ_CODE, new int[] {303, 200, 404, 200});
        MATRIX.put("POST /desk/bookings/t-cg/" + CG_CODE + "/decision", new int[] {401, 303, 303, 403});
        MATRIX.put("POST /desk/bookings/t-sq/" + SQ_CODE + "/decision", new int[] {401, 303, 404, 403});
        MATRIX.put("POST /desk/bookings/t-cg/" + CG_CODE + "/note", new int[] {401, 303, 303, 403});
        MATRIX.put("POST /desk/bookings/t-sq/" + SQ_CODE + "/note", new int[] {401, 303, 404, 403});
        MATRIX.put("GET /callbacks", new int[] {303, 200, 200, 200});
        // Only an officer of the terminal's township marks a callback done (they alone see the number to ring).
        MATRIX.put("POST /callbacks/{callback}/done", new int[] {401, 403, 303, 403});
        MATRIX.put("POST /callbacks/{sq-callback}/done", new int[] {401, 403, 404, 403});
        MATRIX.put("GET /reports", new int[] {303, 200, 403, 200});
        MATRIX.put("GET /reports.xlsx", new int[] {303, 200, 403, 200});
        MATRIX.put("GET /reports/bookings.csv", new int[] {303, 200, 403, 200});
        MATRIX.put("POST /logout", new int[] {401, 303, 303, 303});
        // Schedules and the holiday calendar: everyone reads; only an admin gets past the role check (an empty form
        // is then refused as a bad request, 400, which shows the request got through to the form's own checks).
        MATRIX.put("GET /schedules", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /schedules/offices", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/services", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/plans", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/exceptions", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/exceptions/remove", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/assign", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /schedules/unassign", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /calendar", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /calendar", new int[] {401, 400, 403, 403});
        MATRIX.put("POST /calendar/remove", new int[] {401, 400, 403, 403});
    }

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        cgToken = enrol("t-cg", "城关镇");
        sqToken = enrol("t-sq", "石桥镇");
        hub.hub
                .content()
                .accept(
                        "test",
                        java.nio.file.Files.copy(
                                org.legalkiosk.hub.TestBundles.build(work, 3, hub.countyKey),
                                work.resolve("upload-3.lkb")));
        // Both terminals have a screenshot and an audit head, so their pages and the accept form have something.
        for (String token : List.of(cgToken, sqToken)) {
            var terminal = hub.hub.terminals().authenticate(token).orElseThrow();
            hub.hub.terminals().requestScreenshot("test", terminal.id());
            hub.hub
                    .heartbeats()
                    .accept(
                            terminal,
                            new HeartbeatRequest("t", 1L, List.of(), 0, null, 0, null, 1)
                                    .withAudit(new AuditHead(2, "a".repeat(64), 0, null, null)));
            hub.hub.screenshots().store(terminal, org.legalkiosk.hub.e2e.ScreenshotToHubTest.png(64, 48));
        }
        // A booking on each township's desk, today, so the desk's pages and actions have something to act on.
        java.time.LocalDateTime nine = hub.hub.desk().today().atTime(9, 0);
        hub.hub
                .events()
                .accept(
                        hub.hub.terminals().authenticate(cgToken).orElseThrow(),
                        org.legalkiosk.hub.desk.DeskEvents.created(CG_CODE, nine, "张三", "13812345678", 1));
        hub.hub
                .events()
                .accept(
                        hub.hub.terminals().authenticate(sqToken).orElseThrow(),
                        org.legalkiosk.hub.desk.DeskEvents.created(SQ_CODE, nine, "李四", "13912345678", 1));
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static String enrol(String id, String township) {
        EnrolReply reply = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "t"));
        return reply.token();
    }

    private static ConsoleClient as(String role) throws Exception {
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        if (!role.equals("anonymous")) {
            assertEquals(303, client.login(role, HubFixture.PASSWORD), role + " logs in");
            client.get("/");
        } else {
            client.get("/login"); // a pre-login token, as a browser would have
        }
        return client;
    }

    private static int call(ConsoleClient client, String route) throws Exception {
        String[] parts = route.split(" ", 2);
        String path = parts[1];
        if (path.contains("{user}")) {
            // A throwaway account per call, so disabling or resetting never touches the role's own login.
            String name = "m" + UUID.randomUUID().toString().substring(0, 8);
            hub.hub.users().add("test", name, name, org.legalkiosk.hub.users.Role.AUDITOR, null, HubFixture.PASSWORD);
            path = path.replace("{user}", name);
        }
        if (path.contains("{id}")) {
            long id = hub.hub
                    .notices()
                    .create(
                            "admin",
                            new NoticeDraft("撤回测试", null, "内容", null, false, hub.clock.instant(), null, List.of()));
            path = path.replace("{id}", String.valueOf(id));
        }
        if (path.contains("{schedule}")) { // a pending schedule per call, so an admin's cancel has one to cancel
            long id = hub.hub
                    .rollouts()
                    .schedule("test", 3, "城关镇", hub.clock.instant().plusSeconds(3600), hub.clock.instant());
            path = path.replace("{schedule}", String.valueOf(id));
        }
        if (path.contains("{version}")) { // a version nobody uses per call, so an admin's delete succeeds
            long version = nextVersion++;
            hub.hub.content().accept("test", org.legalkiosk.hub.TestBundles.build(work, version, hub.countyKey));
            path = path.replace("{version}", String.valueOf(version));
        }
        if (path.contains("{callback}") || path.contains("{sq-callback}")) {
            // A fresh request per call (a done one cannot be marked again), from the township's terminal.
            String token = path.contains("{callback}") ? cgToken : sqToken;
            String key = UUID.randomUUID().toString();
            hub.hub
                    .events()
                    .accept(
                            hub.hub.terminals().authenticate(token).orElseThrow(),
                            org.legalkiosk.hub.protocol.EventEnvelope.parse(
                                    key,
                                    ("{\"type\":\"callback.requested\",\"idempotencyKey\":\"" + key
                                                    + "\",\"topic\":\"land\",\"phone\":\"13812345678\"}")
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            long id;
            try (var c = hub.database.dataSource().getConnection();
                    var q = c.prepareStatement("SELECT max(id) FROM callback_requests");
                    var rs = q.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            path = path.replace("{callback}", String.valueOf(id)).replace("{sq-callback}", String.valueOf(id));
        }
        Map<String, String> outcome = path.startsWith("/callbacks/") ? Map.of("outcome", "CALLED_BACK") : null;
        if (outcome != null) {
            return client.post(path, outcome).statusCode();
        }
        if (parts[0].equals("GET")) {
            return client.get(path).statusCode();
        }
        if (path.equals("/content/bundles")) { // a real file upload, a new version each time
            java.nio.file.Path bundle = org.legalkiosk.hub.TestBundles.build(work, nextVersion++, hub.countyKey);
            return client.send(org.legalkiosk.hub.TestBundles.upload(
                            hub.uri(path + "?csrf=" + (client.csrf == null ? "none" : client.csrf)), bundle))
                    .statusCode();
        }
        if (path.startsWith("/desk/") && path.endsWith("/decision")) {
            return client.post(path, Map.of("decision", "CONFIRMED")).statusCode();
        }
        if (path.startsWith("/desk/") && path.endsWith("/note")) {
            return client.post(path, Map.of("note", "matrix")).statusCode();
        }
        Map<String, String> form = path.equals("/notices")
                ? Map.of("titleZh", "矩阵测试", "bodyZh", "内容", "startsAt", "2026-12-01T10:00")
                : path.equals("/content/rollout")
                        ? Map.of("scope", "pilot", "group", "城关镇", "version", "3")
                        : path.endsWith("/audit-accept")
                                ? Map.of("reason", "matrix")
                                : path.equals("/groups/timeout")
                                        ? Map.of("group", "石桥镇", "minutes", "5")
                                        : path.equals("/users")
                                                ? Map.of(
                                                        "username",
                                                        "u"
                                                                + UUID.randomUUID()
                                                                        .toString()
                                                                        .substring(0, 8),
                                                        "role",
                                                        "AUDITOR",
                                                        "password",
                                                        HubFixture.PASSWORD)
                                                : path.endsWith("/password")
                                                        ? Map.of("password", "another-long-password-1")
                                                        : Map.of();
        return client.post(path, form).statusCode();
    }

    @Test
    void everyConsoleRouteAndRoleGetsTheExpectedStatus() throws Exception {
        List<String> wrong = new ArrayList<>();
        // One logged-in client per role (each login is an Argon2id check); logging out gets a client of its own.
        Map<String, ConsoleClient> clients = new LinkedHashMap<>();
        for (String role : ROLES) {
            clients.put(role, as(role));
        }
        for (var entry : MATRIX.entrySet()) {
            for (int r = 0; r < ROLES.size(); r++) {
                ConsoleClient client =
                        entry.getKey().equals("POST /logout") ? as(ROLES.get(r)) : clients.get(ROLES.get(r));
                int status = call(client, entry.getKey());
                if (status != entry.getValue()[r]) {
                    wrong.add(entry.getKey() + " as " + ROLES.get(r) + ": " + status + ", expected "
                            + entry.getValue()[r]);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyConsoleRouteIsInTheMatrix() {
        Set<String> routes = new TreeSet<>();
        for (Route route : hub.server.console().routes()) {
            routes.add(route.method() + " "
                    + route.example()
                            .replaceAll("/notices/\\d+/", "/notices/{id}/")
                            .replaceAll("/content/schedules/\\d+/", "/content/schedules/{schedule}/")
                            .replaceAll("/content/versions/\\d+/", "/content/versions/{version}/")
                            .replaceAll("/users/[^/]+/", "/users/{user}/")
                            .replaceAll("/callbacks/\\d+/", "/callbacks/{callback}/")
                            .replaceAll("/terminals/[^/]+(/|$)", "/terminals/t-cg$1"));
        }
        routes.remove("POST /login"); // covered by the login tests: it takes a password, not a role
        Set<String> covered = new TreeSet<>(MATRIX.keySet());
        covered.remove("POST /terminals/t-sq/screenshot");
        covered.remove("GET /terminals/t-sq");
        covered.remove("GET /terminals/t-sq/screenshot.png");
        covered.removeIf(route -> route.contains(SQ_CODE));
        covered.remove("POST /callbacks/{sq-callback}/done");
        assertEquals(routes, covered);
    }

    @Test
    void everyConsolePostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        ConsoleClient admin = as("admin");
        for (String route : MATRIX.keySet()) {
            if (!route.startsWith("POST ")) {
                continue;
            }
            String path = route.substring(5)
                    .replace("{id}", "1")
                    .replace("{user}", "officer")
                    .replace("{schedule}", "1")
                    .replace("{version}", "3")
                    .replace("{callback}", "1")
                    .replace("{sq-callback}", "1");
            assertEquals(403, admin.postRaw(path, Map.of("csrf", "forged")).statusCode(), route);
            assertEquals(403, admin.postRaw(path, Map.of()).statusCode(), route);
        }
    }

    @Test
    void anOfficerSeesOnlyTheirTownship() throws Exception {
        String page = as("officer").get("/").body();
        assertTrue(page.contains("terminal-t-cg"));
        assertFalse(page.contains("terminal-t-sq"));
        String adminPage = as("admin").get("/").body();
        assertTrue(adminPage.contains("terminal-t-sq"));
    }

    @Test
    void apiRoutesTakeOnlyATerminalTokenAndMetricsOnlyTheScrapeToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ConsoleClient admin = as("admin");
        String sessionCookie = "hub_session=" + admin.cookie("hub_session");
        String revoked = enrol("t-gone", "石桥镇");
        hub.hub.terminals().revoke("admin", "t-gone");
        String beat = "{\"appVersion\":\"t\",\"helpPresses\":0,\"syncBacklog\":0,\"uptimeSeconds\":1}";
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("none", null);
        credentials.put("console session", sessionCookie);
        credentials.put("revoked terminal", "Bearer " + revoked);
        credentials.put("scrape token", "Bearer " + hub.scrapeToken);
        credentials.put("terminal", "Bearer " + cgToken);
        Map<String, Integer> expectedHeartbeat = Map.of(
                "none", 401, "console session", 401, "revoked terminal", 401, "scrape token", 401, "terminal", 200);
        Map<String, Integer> expectedMetrics = Map.of(
                "none", 401, "console session", 401, "revoked terminal", 401, "scrape token", 200, "terminal", 401);
        List<String> wrong = new ArrayList<>();
        for (var c : credentials.entrySet()) {
            for (String route : List.of(TerminalApi.HEARTBEAT, TerminalApi.EVENTS)) {
                String key = UUID.randomUUID().toString();
                HttpRequest.Builder rq = HttpRequest.newBuilder(hub.uri(route))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                route.equals(TerminalApi.HEARTBEAT)
                                        ? beat
                                        : "{\"type\":\"a.b\",\"idempotencyKey\":\"" + key + "\"}"));
                header(rq, c.getValue());
                int status = http.send(rq.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                int expected = expectedHeartbeat.get(c.getKey()) == 200 && route.equals(TerminalApi.EVENTS)
                        ? 201
                        : expectedHeartbeat.get(c.getKey());
                if (status != expected) {
                    wrong.add(route + " with " + c.getKey() + ": " + status + ", expected " + expected);
                }
            }
            // The token is checked before the body: anyone but a terminal gets 401; the terminal is let through
            // (201 when the other test's screenshot request went out with the heartbeat above, else 409: not asked).
            HttpRequest.Builder shot = HttpRequest.newBuilder(hub.uri(TerminalApi.SCREENSHOT))
                    .header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            org.legalkiosk.hub.e2e.ScreenshotToHubTest.png(32, 32)));
            header(shot, c.getValue());
            int shotStatus = http.send(shot.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            int shotExpected = c.getKey().equals("terminal") ? (shotStatus == 201 ? 201 : 409) : 401;
            if (shotStatus != shotExpected) {
                wrong.add(TerminalApi.SCREENSHOT + " with " + c.getKey() + ": " + shotStatus + ", expected "
                        + shotExpected);
            }
            HttpRequest.Builder metrics =
                    HttpRequest.newBuilder(hub.uri("/metrics")).GET();
            header(metrics, c.getValue());
            int status = http.send(metrics.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != expectedMetrics.get(c.getKey())) {
                wrong.add("/metrics with " + c.getKey() + ": " + status);
            }
            HttpRequest.Builder health =
                    HttpRequest.newBuilder(hub.uri("/healthz")).GET();
            header(health, c.getValue());
            if (http.send(health.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    != 200) {
                wrong.add("/healthz with " + c.getKey());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(sqToken.length() > 20);
    }

    private static void header(HttpRequest.Builder rq, String credential) {
        if (credential == null) {
            return;
        }
        if (credential.startsWith("Bearer ")) {
            rq.header("Authorization", credential);
        } else {
            rq.header("Cookie", credential);
        }
    }
}
