package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.kiosk.agent.terminal.BookingAdminStore;
import org.legalkiosk.kiosk.store.Role;

/** Every endpoint against no token, a wrong token, a role too low and the right role. */
class AuthMatrixTest {

    @TempDir
    static Path dir;

    private static AgentFixture agent;

    /**
     * One endpoint: its least role (null: open) and what the right role gets for this request.
     */
    record Row(String method, String path, String contentType, String body, Role role, Set<Integer> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Row> endpoints() {
        String notice = "{\"id\":\"matrix-notice\",\"title\":{\"zh\":\"通知\",\"en\":\"Notice\"},\"priority\":\"high\"}";
        return List.of(
                new Row("GET", "/api/v1/health", null, null, null, Set.of(200)),
                new Row("GET", "/api/v1/status", null, null, Role.VIEWER, Set.of(200)),
                new Row("GET", "/metrics", null, null, Role.VIEWER, Set.of(200)),
                new Row("GET", "/api/v1/content/versions", null, null, Role.VIEWER, Set.of(200)),
                new Row("PUT", "/api/v1/content", "application/zip", "not a zip", Role.PUBLISHER, Set.of(422)),
                new Row(
                        "POST",
                        "/api/v1/content/rollback",
                        "application/json",
                        "{\"version\":7}",
                        Role.ADMIN,
                        Set.of(404)),
                new Row("DELETE", "/api/v1/content/pin", null, null, Role.ADMIN, Set.of(200)),
                new Row("GET", "/api/v1/notices", null, null, Role.VIEWER, Set.of(200)),
                new Row("POST", "/api/v1/notices", "application/json", notice, Role.PUBLISHER, Set.of(200, 201)),
                new Row("DELETE", "/api/v1/notices/no-such-notice", null, null, Role.PUBLISHER, Set.of(404)),
                new Row("GET", "/api/v1/config", null, null, Role.ADMIN, Set.of(200)),
                new Row(
                        "PUT",
                        "/api/v1/config",
                        "application/json",
                        "{\"idleTimeoutSeconds\":120}",
                        Role.ADMIN,
                        Set.of(200)),
                new Row("GET", "/api/v1/audit?limit=5", null, null, Role.ADMIN, Set.of(200)),
                new Row("PUT", "/api/v1/schedule", "application/json", "{\"days\":[]}", Role.PUBLISHER, Set.of(422)),
                new Row("GET", "/api/v1/bookings?limit=5", null, null, Role.VIEWER, Set.of(200)),
                new Row(
                        "POST",
                        "/api/v1/bookings/" + BookingRoutesTest.UNKNOWN_CODE + "/state",
                        "application/json",
                        "{\"state\":\"ATTENDED\"}",
                        Role.PUBLISHER,
                        Set.of(404)),
                new Row("GET", "/api/v1/screenshot", null, null, Role.ADMIN, Set.of(503)),
                new Row("GET", "/api/v1/logs?lines=5", null, null, Role.ADMIN, Set.of(200)));
    }

    @BeforeAll
    static void start() throws Exception {
        agent = new AgentFixture(
                dir.resolve("data"),
                c -> c,
                s -> s.withBookings(BookingAdminStore.of(BookingStore.open(dir.resolve("bookings")), s.clock())));
    }

    @AfterAll
    static void stop() throws Exception {
        agent.close();
    }

    private static HttpResponse<String> call(Row row, String token) throws Exception {
        HttpRequest.Builder r = agent.request(row.path());
        r.method(
                row.method(),
                row.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body()));
        if (row.contentType() != null) {
            r.header("Content-Type", row.contentType());
        }
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return agent.send(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachEndpointAdmitsExactlyItsRoles(Row row) throws Exception {
        // Each row's wrong token counts against this address (no success clears it); let earlier rows' age out.
        agent.clock.advance(java.time.Duration.ofMinutes(2));
        if (row.role() == null) {
            assertTrue(row.expected().contains(call(row, null).statusCode()), "open without a token");
            return;
        }
        HttpResponse<String> none = call(row, null);
        assertEquals(401, none.statusCode(), "no token");
        assertEquals("unauthorized", AgentFixture.error(none));
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));

        HttpResponse<String> wrong = call(row, "not-a-real-token-" + row.path().length());
        assertEquals(401, wrong.statusCode(), "wrong token");
        assertEquals("unauthorized", AgentFixture.error(wrong));

        for (Role role : Role.values()) {
            HttpResponse<String> r = call(row, agent.secretFor(role));
            if (role.includes(row.role())) {
                assertTrue(row.expected().contains(r.statusCode()), role + ": " + r.statusCode() + " " + r.body());
            } else {
                assertEquals(403, r.statusCode(), role + " is below " + row.role());
                assertEquals("forbidden", AgentFixture.error(r));
            }
        }
    }

    @Test
    void theTableCoversEveryRoute() throws Exception {
        AgentServer bare =
                AgentServer.newServer(AgentConfig.plain("127.0.0.1", 0, dir.resolve("other")), agent.services);
        Set<String> tested = endpoints().stream()
                .map(r -> r.method() + " "
                        + r.path()
                                .replaceAll("\\?.*", "")
                                .replace("no-such-notice", "")
                                .replaceAll("^/api/v1/bookings/.+$", "/api/v1/bookings/"))
                .collect(Collectors.toSet());
        Set<String> routed = routesOf(bare);
        assertEquals(routed, tested);
    }

    private static Set<String> routesOf(AgentServer server) {
        return server.routes().all().stream()
                .map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        HttpResponse<String> missing = agent.get("/api/v1/nothing-here", agent.admin);
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", AgentFixture.error(missing));
        HttpResponse<String> wrongMethod =
                agent.send(agent.request("/api/v1/status").DELETE().header("Authorization", "Bearer " + agent.admin));
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
        assertEquals("method_not_allowed", AgentFixture.error(wrongMethod));
    }
}
