package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.kiosk.agent.endpoint.ContentEndpoints;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;

/** Bundles pushed over HTTP into the kiosk's real content store. */
class ContentPushTest {

    @TempDir
    Path dir;

    private AgentFixture agent;

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
    }

    private Optional<Path> active() throws IOException {
        return ContentStore.activeFolder(KioskSettings.contentStore(agent.dataDir));
    }

    private void assertUploadsCleaned() throws IOException {
        Path uploads = agent.dataDir.resolve(ContentEndpoints.UPLOADS);
        if (Files.isDirectory(uploads)) {
            try (var files = Files.list(uploads)) {
                assertEquals(List.of(), files.toList(), "no upload is left behind");
            }
        }
    }

    @Test
    void aPushedBundleBecomesTheActiveVersionAndARollbackReturnsToTheOlderOne() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        HttpResponse<String> first = agent.pushBundle(agent.bundles.build(1), agent.publisher);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1, AgentFixture.body(first).get("version").asLong());
        assertTrue(Files.isDirectory(active().orElseThrow().resolve("index")), "indexed like any applied version");

        assertEquals(
                200, agent.pushBundle(agent.bundles.build(2), agent.publisher).statusCode());
        var versions = AgentFixture.body(agent.get("/api/v1/content/versions", agent.viewer))
                .get("versions");
        assertEquals(2, versions.size());
        assertTrue(versions.get(1).get("active").asBoolean());

        var status = AgentFixture.body(agent.get("/api/v1/status", agent.viewer));
        assertEquals(2, status.at("/content/version").asLong());
        assertEquals("release 2", status.at("/content/label").asText());
        assertTrue(status.at("/lastUpdate/ok").asBoolean());
        assertTrue(status.at("/disk/freeBytes").asLong() > 0);
        assertTrue(status.get("devices").isArray());
        assertEquals(0, status.get("pendingBookingSync").asInt());

        String metrics = agent.get("/metrics", agent.viewer).body();
        assertTrue(metrics.contains("content_version 2.0"), metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes"));
        assertTrue(metrics.contains(
                "agent_http_requests_seconds_count{method=\"PUT\",route=\"/api/v1/content\",status=\"200\"}"));

        HttpResponse<String> back = agent.json("POST", "/api/v1/content/rollback", agent.admin, "{\"version\":1}");
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(active().orElseThrow().endsWith("1"));
        assertUploadsCleaned();
    }

    @Test
    void anOlderBundleIsAConflictAndChangesNothing() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        assertEquals(
                200, agent.pushBundle(agent.bundles.build(2), agent.publisher).statusCode());
        HttpResponse<String> older = agent.pushBundle(agent.bundles.build(1), agent.publisher);
        assertEquals(409, older.statusCode());
        assertEquals("not_newer", AgentFixture.error(older));
        assertTrue(active().orElseThrow().endsWith("2"));
        var status = AgentFixture.body(agent.get("/api/v1/status", agent.viewer));
        assertEquals("NOT_NEWER", status.at("/lastUpdate/reason").asText());
        assertUploadsCleaned();
    }

    @Test
    void twoSimultaneousPushesOfTheSameVersionLeaveOneWinnerAndAConsistentStore() throws Exception {
        agent = new AgentFixture(dir.resolve("data"));
        Path bundle = agent.bundles.build(1);
        List<CompletableFuture<HttpResponse<String>>> pushes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pushes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return agent.pushBundle(bundle, agent.publisher);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var p : pushes) {
            statuses.add(p.get(120, TimeUnit.SECONDS).statusCode());
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses, "one applies it; the other is busy or finds it not newer");
        var versions = AgentFixture.body(agent.get("/api/v1/content/versions", agent.viewer))
                .get("versions");
        assertEquals(1, versions.size());
        assertTrue(active().orElseThrow().endsWith("1"));
        assertUploadsCleaned();
    }

    @Test
    void aPushWhileAnotherIsBeingAppliedIsRefusedAtOnce() throws Exception {
        CountDownLatch applying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        agent = new AgentFixture(
                dir.resolve("data"), c -> c, s -> s.withContent(new GatedContent(s.content(), applying, release)));
        Path v1 = agent.bundles.build(1);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return agent.pushBundle(v1, agent.publisher);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(applying.await(60, TimeUnit.SECONDS), "the first push reached the store");
        HttpResponse<String> second = agent.pushBundle(agent.bundles.build(2), agent.publisher);
        assertEquals(409, second.statusCode());
        assertEquals("busy", AgentFixture.error(second));
        HttpResponse<String> rollback = agent.json("POST", "/api/v1/content/rollback", agent.admin, "{\"version\":1}");
        assertEquals(409, rollback.statusCode(), "a rollback waits its turn too");
        release.countDown();
        assertEquals(200, first.get(120, TimeUnit.SECONDS).statusCode());
        assertTrue(active().orElseThrow().endsWith("1"));
        assertUploadsCleaned();
    }

    /** Holds an apply until the test lets it go, so a second push surely arrives while the first is applying. */
    private record GatedContent(ContentAdmin delegate, CountDownLatch applying, CountDownLatch release)
            implements ContentAdmin {
        @Override
        public Version apply(Path bundle, Source source) throws IOException, BundleException {
            applying.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the apply");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return delegate.apply(bundle, source);
        }

        @Override
        public Version rollback(long version) throws IOException, BundleException {
            return delegate.rollback(version);
        }

        @Override
        public List<Version> versions() throws IOException {
            return delegate.versions();
        }

        @Override
        public Optional<Version> current() throws IOException {
            return delegate.current();
        }

        @Override
        public Optional<UpdateResult> lastResult() {
            return delegate.lastResult();
        }
    }
}
