package org.legalkiosk.hub.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.hub.web.console.Route;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every console route and API route × every role: the status each gets. A console route added without a row here
 * fails {@link #everyConsoleRouteIsInTheMatrix}.
 */
class AuthMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "admin", "officer", "auditor");
    private static HubFixture hub;
    private static String cgToken;
    private static String sqToken;

    /** method + path → expected status for anonymous, admin, officer (城关镇), auditor. */
    private static final Map<String, int[]> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /login", new int[] {200, 303, 303, 303});
        MATRIX.put("GET /", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /terminals/t-cg/screenshot", new int[] {401, 303, 303, 403});
        MATRIX.put("POST /terminals/t-sq/screenshot", new int[] {401, 303, 404, 403});
        MATRIX.put("GET /notices", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /notices/new", new int[] {303, 200, 403, 403});
        MATRIX.put("POST /notices", new int[] {401, 303, 403, 403});
        MATRIX.put("POST /notices/{id}/withdraw", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /alerts", new int[] {303, 200, 200, 200});
        MATRIX.put("GET /content", new int[] {303, 200, 200, 200});
        MATRIX.put("POST /content/target", new int[] {401, 303, 403, 403});
        MATRIX.put("GET /audit", new int[] {303, 200, 403, 200});
        MATRIX.put("POST /logout", new int[] {401, 303, 303, 303});
    }

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
        cgToken = enrol("t-cg", "城关镇");
        sqToken = enrol("t-sq", "石桥镇");
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    private static String enrol(String id, String township) {
        EnrolReply reply = hub.hub.terminals().enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "t"));
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
        if (path.contains("{id}")) {
            long id = hub.hub.notices().create("admin", new NoticeDraft("撤回测试", null, "内容", null, false,
                    hub.clock.instant(), null, List.of()));
            path = path.replace("{id}", String.valueOf(id));
        }
        if (parts[0].equals("GET")) {
            return client.get(path).statusCode();
        }
        Map<String, String> form = path.equals("/notices")
                ? Map.of("titleZh", "矩阵测试", "bodyZh", "内容", "startsAt", "2026-12-01T10:00")
                : path.equals("/content/target") ? Map.of("group", "城关镇", "channel", "county", "version", "3")
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
                ConsoleClient client = entry.getKey().equals("POST /logout") ? as(ROLES.get(r))
                        : clients.get(ROLES.get(r));
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
            routes.add(route.method() + " " + route.example().replaceAll("/notices/\\d+/", "/notices/{id}/")
                    .replaceAll("/terminals/[^/]+/", "/terminals/t-cg/"));
        }
        routes.remove("POST /login"); // covered by the login tests: it takes a password, not a role
        Set<String> covered = new TreeSet<>(MATRIX.keySet());
        covered.remove("POST /terminals/t-sq/screenshot");
        assertEquals(routes, covered);
    }

    @Test
    void everyConsolePostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        ConsoleClient admin = as("admin");
        for (String route : MATRIX.keySet()) {
            if (!route.startsWith("POST ")) {
                continue;
            }
            String path = route.substring(5).replace("{id}", "1");
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
        Map<String, Integer> expectedHeartbeat = Map.of("none", 401, "console session", 401, "revoked terminal", 401,
                "scrape token", 401, "terminal", 200);
        Map<String, Integer> expectedMetrics = Map.of("none", 401, "console session", 401, "revoked terminal", 401,
                "scrape token", 200, "terminal", 401);
        List<String> wrong = new ArrayList<>();
        for (var c : credentials.entrySet()) {
            for (String route : List.of(TerminalApi.HEARTBEAT, TerminalApi.EVENTS)) {
                String key = UUID.randomUUID().toString();
                HttpRequest.Builder rq = HttpRequest.newBuilder(hub.uri(route))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(route.equals(TerminalApi.HEARTBEAT) ? beat
                                : "{\"type\":\"a.b\",\"idempotencyKey\":\"" + key + "\"}"));
                header(rq, c.getValue());
                int status = http.send(rq.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                int expected = expectedHeartbeat.get(c.getKey()) == 200 && route.equals(TerminalApi.EVENTS) ? 201
                        : expectedHeartbeat.get(c.getKey());
                if (status != expected) {
                    wrong.add(route + " with " + c.getKey() + ": " + status + ", expected " + expected);
                }
            }
            HttpRequest.Builder metrics = HttpRequest.newBuilder(hub.uri("/metrics")).GET();
            header(metrics, c.getValue());
            int status = http.send(metrics.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != expectedMetrics.get(c.getKey())) {
                wrong.add("/metrics with " + c.getKey() + ": " + status);
            }
            HttpRequest.Builder health = HttpRequest.newBuilder(hub.uri("/healthz")).GET();
            header(health, c.getValue());
            if (http.send(health.build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
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
