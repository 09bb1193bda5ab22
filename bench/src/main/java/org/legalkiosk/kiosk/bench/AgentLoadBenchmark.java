package org.legalkiosk.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.legalkiosk.content.bundle.BundleBuilder;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.SourceFiles;
import org.legalkiosk.kiosk.agent.AgentConfig;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.AgentServices;
import org.legalkiosk.kiosk.store.Role;

/**
 * A bounded load run against a real agent on loopback: many status requests from concurrent clients while a
 * bundle is being pushed and applied. The baseline is the same load with nothing being applied, in the same run.
 */
final class AgentLoadBenchmark {

    private static final int PUSHED_VERSIONS = 12;

    private final Path contentDir;
    private final int requests;
    private final int clients;

    AgentLoadBenchmark(Path contentDir, int requests, int clients) {
        this.contentDir = contentDir;
        this.requests = requests;
        this.clients = clients;
    }

    void run(PrintWriter out, Path work) throws Exception {
        Path data = Files.createDirectories(work.resolve("agent-data"));
        SigningKeys.SigningKey key = SigningKeys.generate();
        Files.createDirectories(data.resolve("trusted-keys"));
        Files.writeString(
                data.resolve("trusted-keys").resolve(key.keyId() + ".pub"), SigningKeys.publicPem(key.publicKey()));
        // Several versions, so bundles can be pushed and applied one after another for the whole loaded run.
        java.util.List<Path> bundles = new java.util.ArrayList<>();
        for (int v = 1; v <= PUSHED_VERSIONS; v++) {
            Path bundle = work.resolve("load-bundle-" + v + ".zip");
            new BundleBuilder(BundleLimits.DEFAULT)
                    .build(
                            SourceFiles.collect(contentDir).files(),
                            key,
                            new BundleBuilder.Options("bench", v, "load-" + v, "0.1.0", Instant.now()),
                            Optional.empty(),
                            bundle);
            bundles.add(bundle);
        }

        AgentServices services =
                AgentServices.forDataDir(data, org.legalkiosk.kiosk.config.AppVersion.current(), Clock.systemUTC());
        String viewer = services.tokens().create(Role.VIEWER, "load").secret();
        String publisher = services.tokens().create(Role.PUBLISHER, "push").secret();
        try (AgentServer agent = AgentServer.newServer(AgentConfig.plain("127.0.0.1", 0, data), services)
                .start()) {
            URI status = URI.create("http://127.0.0.1:" + agent.port() + "/api/v1/status");
            URI health = URI.create("http://127.0.0.1:" + agent.port() + "/api/v1/health");
            URI content = URI.create("http://127.0.0.1:" + agent.port() + "/api/v1/content");
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            load(client, status, viewer, requests / 4); // warm-up
            Result quiet = load(client, status, viewer, requests);
            // The floor: the same clients and requests against the endpoint that does nothing (no token check).
            Result floor = load(client, health, viewer, requests);

            ExecutorService pusher = Executors.newSingleThreadExecutor();
            java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
            Future<String> pushes = pusher.submit(() -> {
                StringBuilder codes = new StringBuilder();
                for (int i = 0; i < bundles.size() && loading.get(); i++) {
                    codes.append(codes.length() == 0 ? "" : " ")
                            .append(client.send(
                                            HttpRequest.newBuilder(content)
                                                    .header("Authorization", "Bearer " + publisher)
                                                    .header("Content-Type", "application/zip")
                                                    .PUT(HttpRequest.BodyPublishers.ofFile(bundles.get(i)))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode());
                }
                return codes.toString();
            });
            Result busy = load(client, status, viewer, requests);
            loading.set(false);
            String pushStatus = pushes.get();
            pusher.shutdown();

            out.printf(
                    Locale.ROOT,
                    "| load (%d GET /api/v1/status, %d clients) | requests/s | median ms | p99 ms | errors |%n",
                    requests,
                    clients);
            out.println("|---|---:|---:|---:|---:|");
            out.printf(
                    Locale.ROOT,
                    "| floor: GET /api/v1/health (no work, no token check), nothing else happening | %.0f | %.2f | %.2f"
                            + " | %d |%n",
                    floor.perSecond(),
                    floor.timings().medianMicros() / 1000,
                    floor.timings().p99Micros() / 1000,
                    floor.errors());
            out.printf(
                    Locale.ROOT,
                    "| nothing else happening | %.0f | %.2f | %.2f | %d |%n",
                    quiet.perSecond(),
                    quiet.timings().medianMicros() / 1000,
                    quiet.timings().p99Micros() / 1000,
                    quiet.errors());
            out.printf(
                    Locale.ROOT,
                    "| while bundles are pushed and applied one after another (answers: %s) | %.0f | %.2f | %.2f | %d |%n",
                    pushStatus,
                    busy.perSecond(),
                    busy.timings().medianMicros() / 1000,
                    busy.timings().p99Micros() / 1000,
                    busy.errors());
        }
    }

    private record Result(Timings timings, double perSecond, int errors) {}

    private Result load(HttpClient client, URI uri, String token, int total) throws Exception {
        long[] samples = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long t = System.nanoTime();
                    try {
                        int code = client.send(
                                        HttpRequest.newBuilder(uri)
                                                .header("Authorization", "Bearer " + token)
                                                .timeout(Duration.ofSeconds(30))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (code != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        errors.incrementAndGet();
                        return;
                    }
                    samples[i] = System.nanoTime() - t;
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(Timings.of(samples), done.get() / seconds, errors.get());
    }
}
