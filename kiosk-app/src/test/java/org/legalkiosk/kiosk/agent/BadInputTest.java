package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.kiosk.agent.endpoint.ContentEndpoints;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.FileNoticesStore;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.legalkiosk.kiosk.store.TokenStore;

/** Each kind of bad input gets its documented status, and nothing on the kiosk changes. */
class BadInputTest {

    @TempDir
    static Path dir;

    private static AgentFixture agent;
    private static final int LIMIT = 64 * 1024;

    @BeforeAll
    static void start() throws Exception {
        agent = new AgentFixture(dir.resolve("data"), c -> c.withMaxBundleBytes(LIMIT), s -> s);
    }

    @AfterAll
    static void stop() throws Exception {
        agent.close();
    }

    private static void assertNoContent() throws Exception {
        assertTrue(
                ContentStore.activeFolder(KioskSettings.contentStore(agent.dataDir))
                        .isEmpty(),
                "no version active");
        Path uploads = agent.dataDir.resolve(ContentEndpoints.UPLOADS);
        if (Files.isDirectory(uploads)) {
            try (var files = Files.list(uploads)) {
                assertEquals(0, files.count(), "the upload was deleted");
            }
        }
    }

    private static HttpResponse<String> push(byte[] bytes, String contentType) throws Exception {
        return agent.send(agent.request("/api/v1/content")
                .header("Authorization", "Bearer " + agent.publisher)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    @Test
    void anOversizedBundleIsTooLarge() throws Exception {
        HttpResponse<String> r = push(new byte[LIMIT * 2], "application/zip");
        assertEquals(413, r.statusCode());
        assertEquals("too_large", AgentFixture.error(r));
        assertNoContent();
    }

    @Test
    void aTruncatedBundleFailsVerification() throws Exception {
        byte[] whole = Files.readAllBytes(agent.bundles.build(1));
        HttpResponse<String> r =
                push(Arrays.copyOf(whole, Math.min(whole.length / 2, LIMIT - 1)), "application/octet-stream");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(Set.of("truncated", "corrupt_archive").contains(AgentFixture.error(r)), r.body());
        assertNoContent();
    }

    @Test
    void aBundleFromAnUntrustedKeyFailsVerification() throws Exception {
        AgentFixture big = new AgentFixture(dir.resolve("data-big"));
        try {
            HttpResponse<String> r = big.pushBundle(big.bundles.buildWithStrangerKey(1), big.publisher);
            assertEquals(422, r.statusCode(), r.body());
            assertEquals("unknown_key", AgentFixture.error(r));
            byte[] tampered = Files.readAllBytes(big.bundles.build(1));
            tampered[tampered.length / 2] ^= 0x01;
            HttpResponse<String> t = big.send(big.request("/api/v1/content")
                    .header("Authorization", "Bearer " + big.publisher)
                    .header("Content-Type", "application/zip")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(tampered)));
            assertEquals(422, t.statusCode(), t.body());
            assertTrue(ContentStore.activeFolder(KioskSettings.contentStore(big.dataDir))
                    .isEmpty());
        } finally {
            big.close();
        }
    }

    @Test
    void aBundleOfTheWrongContentTypeIsRefusedUnread() throws Exception {
        HttpResponse<String> r = push("{}".getBytes(), "application/json");
        assertEquals(415, r.statusCode());
        assertEquals("unsupported_media_type", AgentFixture.error(r));
        assertNoContent();
    }

    @Test
    void noticesRefuseMalformedJsonUnknownFieldsWrongTypesAndBadValues() throws Exception {
        String valid = "{\"id\":\"flood-warning\",\"title\":{\"zh\":\"洪水预警\"},\"priority\":\"urgent\","
                + "\"start\":\"2026-12-01T00:00:00Z\",\"end\":\"2026-12-02T00:00:00Z\"}";
        assertEquals(
                400,
                agent.json("POST", "/api/v1/notices", agent.publisher, "{\"id\":")
                        .statusCode());
        HttpResponse<String> unknown = agent.json(
                "POST", "/api/v1/notices", agent.publisher, valid.replace("{\"id\"", "{\"colour\":\"red\",\"id\""));
        assertEquals(400, unknown.statusCode());
        assertEquals("unknown_field", AgentFixture.error(unknown));
        for (String bad : new String[] {
            valid.replace("flood-warning", "Flood Warning!"),
            valid.replace("{\"zh\":\"洪水预警\"}", "{\"en\":\"Flood\"}"),
            valid.replace("urgent", "critical"),
            valid.replace("2026-12-01T00:00:00Z", "tomorrow"),
            valid.replace("2026-12-02T00:00:00Z", "2026-11-30T00:00:00Z"),
            valid.replace("洪水预警", "洪".repeat(NoticeDocument.MAX_TITLE + 1))
        }) {
            HttpResponse<String> r = agent.json("POST", "/api/v1/notices", agent.publisher, bad);
            assertEquals(400, r.statusCode(), bad);
            assertEquals("invalid_notice", AgentFixture.error(r));
        }
        HttpResponse<String> text = agent.send(agent.request("/api/v1/notices")
                .header("Authorization", "Bearer " + agent.publisher)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(valid)));
        assertEquals(415, text.statusCode());
        HttpResponse<String> huge = agent.json(
                "POST",
                "/api/v1/notices",
                agent.publisher,
                valid.replace("洪水预警", "x".repeat(AgentConfig.DEFAULT_MAX_JSON_BYTES)));
        assertEquals(413, huge.statusCode());
        assertFalse(Files.exists(agent.dataDir.resolve(FileNoticesStore.FILE_NAME)), "no notice was stored");

        assertEquals(
                201,
                agent.json("POST", "/api/v1/notices", agent.publisher, valid).statusCode());
        assertEquals(
                "flood-warning",
                AgentFixture.body(agent.get("/api/v1/notices", agent.viewer))
                        .at("/notices/0/id")
                        .asText());
        assertEquals(
                200,
                agent.send(agent.request("/api/v1/notices/flood-warning")
                                .header("Authorization", "Bearer " + agent.publisher)
                                .DELETE())
                        .statusCode());
        assertEquals(
                0,
                AgentFixture.body(agent.get("/api/v1/notices", agent.viewer))
                        .get("notices")
                        .size());
    }

    @Test
    void settingsRefuseUnknownFieldsAndValuesOutOfRange() throws Exception {
        Path yaml = agent.dataDir.resolve(KioskSettings.FILE_NAME);
        for (String bad : new String[] {
            "{\"idleTimeoutSeconds\":5}",
            "{\"idleTimeoutSeconds\":99999}",
            "{\"defaultLanguage\":\"fr\"}",
            "{\"contentDir\":\"/etc\"}",
            "{\"idleTimeoutSeconds\":\"soon\"}",
            "[1,2]"
        }) {
            HttpResponse<String> r = agent.json("PUT", "/api/v1/config", agent.admin, bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            AgentFixture.error(r);
        }
        assertFalse(Files.exists(yaml) && Files.readString(yaml).contains("idleTimeoutSeconds: 5"));
        HttpResponse<String> ok = agent.json(
                "PUT", "/api/v1/config", agent.admin, "{\"idleTimeoutSeconds\":300,\"defaultLanguage\":\"en\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(300, KioskSettings.read(agent.dataDir).idleTimeoutSeconds());
        assertEquals(
                "en",
                AgentFixture.body(agent.get("/api/v1/config", agent.admin))
                        .get("defaultLanguage")
                        .asText());
    }

    @Test
    void reservedBookingRoutesStillCheckTheirInput() throws Exception {
        assertEquals(
                400,
                agent.json("PUT", "/api/v1/schedule", agent.publisher, "not json")
                        .statusCode());
        assertEquals(
                400,
                agent.json("PUT", "/api/v1/schedule", agent.publisher, "[]").statusCode());
        assertEquals(
                400,
                agent.get("/api/v1/bookings?since=%3Cscript%3E", agent.admin).statusCode());
        HttpResponse<String> later = agent.get("/api/v1/bookings", agent.admin);
        assertEquals(501, later.statusCode());
        assertEquals("not_implemented", AgentFixture.error(later));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/../../etc/passwd",
                "/api/v1/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/..%2f..%2fagent-tokens.json",
                "/api/v1/notices/..%2F..%2Fagent-tokens.json",
                "/api/v1/notices/%2e%2e",
                "/api/v1/./audit/../config%00"
            })
    void pathTricksReachNothing(String path) throws Exception {
        HttpResponse<String> get =
                agent.sendOnNewConnection(agent.request(path).header("Authorization", "Bearer " + agent.admin));
        assertTrue(Set.of(400, 404).contains(get.statusCode()), path + " -> " + get.statusCode() + " " + get.body());
        AgentFixture.error(get);
        HttpResponse<String> delete = agent.sendOnNewConnection(agent.request(path)
                .header("Authorization", "Bearer " + agent.admin)
                .DELETE());
        assertTrue(Set.of(400, 404, 405).contains(delete.statusCode()), path + " -> " + delete.statusCode());
        assertTrue(Files.exists(agent.dataDir.resolve(TokenStore.FILE_NAME)), "the token file is untouched");
    }
}
