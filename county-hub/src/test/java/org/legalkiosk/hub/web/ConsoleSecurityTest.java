package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.HubFixture;

/** Login, cookies, throttling and escaping, over HTTP against a real hub. */
class ConsoleSecurityTest {

    private static HubFixture hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new HubFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteStrict() throws Exception {
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        client.get("/login");
        HttpResponse<String> login =
                client.post("/login", Map.of("username", "admin", "password", HubFixture.PASSWORD));
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("hub_session="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.body().contains("lang=\"zh-CN\""));
    }

    @Test
    void aLoginWithoutThePreLoginTokenIsRefused() throws Exception {
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        assertEquals(
                403,
                client.postRaw("/login", Map.of("username", "admin", "password", HubFixture.PASSWORD))
                        .statusCode(),
                "login CSRF: another site cannot log a browser in");
    }

    @Test
    void wrongPasswordsAreThrottledPerUserName() throws Exception {
        hub.hub.users().add("test", "victim", "受害者", org.legalkiosk.hub.users.Role.AUDITOR, null, HubFixture.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ConsoleClient(hub.server.uri()).login("victim", "wrong-password-" + i));
        }
        assertEquals(
                429,
                new ConsoleClient(hub.server.uri()).login("victim", HubFixture.PASSWORD),
                "even the right password waits once the name is throttled");
        assertTrue(hub.hub.audit().recent(50).stream().noneMatch(e -> e.actor().equals("victim")), "no login happened");
    }

    @Test
    void aNoticeTitleWithMarkupIsShownAsText() throws Exception {
        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/notices/new");
        HttpResponse<String> saved = admin.post(
                "/notices",
                Map.of(
                        "titleZh",
                        "<script>alert('x')</script>停水",
                        "bodyZh",
                        "<b>明天</b>",
                        "startsAt",
                        "2026-12-01T10:00"));
        assertEquals(303, saved.statusCode(), saved.body());
        String page = admin.get("/notices").body();
        assertTrue(
                page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;停水")
                        || page.contains("&lt;script&gt;alert('x')&lt;/script&gt;停水"),
                page);
        assertFalse(page.contains("<script>alert"));
    }

    @Test
    void aBadNoticeFormListsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        ConsoleClient admin = new ConsoleClient(hub.server.uri());
        admin.login("admin", HubFixture.PASSWORD);
        admin.get("/notices/new");
        HttpResponse<String> bad = admin.post(
                "/notices",
                Map.of(
                        "titleZh",
                        "",
                        "bodyEn",
                        "kept text",
                        "startsAt",
                        "2026-12-01T10:00",
                        "endsAt",
                        "2026-12-01T09:00"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("href=\"#titleZh\""));
        assertTrue(bad.body().contains("href=\"#bodyZh\""));
        assertTrue(bad.body().contains("href=\"#endsAt\""));
        assertTrue(bad.body().contains("kept text"));
        assertEquals(
                0,
                hub.hub.notices().list(10).stream()
                        .filter(n -> n.titleZh().isEmpty())
                        .count());
    }

    @Test
    void aChangedPasswordEndsTheOldSessions() throws Exception {
        hub.hub.users().add("test", "mover", "换密码", org.legalkiosk.hub.users.Role.AUDITOR, null, HubFixture.PASSWORD);
        ConsoleClient client = new ConsoleClient(hub.server.uri());
        client.login("mover", HubFixture.PASSWORD);
        assertEquals(200, client.get("/").statusCode());
        hub.hub.users().changePassword("cli", "mover", "another-long-password");
        assertEquals(303, client.get("/").statusCode(), "back to the login page");
    }
}
