package org.legalkiosk.booking.sync;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A central endpoint on loopback that de-duplicates by idempotency key, as the county's server must, and that
 * misbehaves on about a third of the requests, chosen by a seeded random so a failing run can be replayed:
 * it answers 500 without keeping the event, keeps the event and then hangs past the client's timeout, or drops
 * the connection without an answer. A key seen before gets 409.
 */
final class CentralEndpoint implements AutoCloseable {

    enum Behaviour {
        OK,
        FAIL_500,
        APPLY_THEN_HANG,
        DROP
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "central-endpoint");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final Random random;
    private final double failureRate;
    private final String token;

    private final Map<String, JsonNode> applied = new LinkedHashMap<>();
    private final Map<String, Integer> applications = new LinkedHashMap<>();
    private final List<String> bodies = new ArrayList<>();
    private final Map<Behaviour, Integer> behaviours = new EnumMap<>(Behaviour.class);
    private int duplicates;
    private int unauthorised;

    /** @param token the bearer token required, or null for none */
    CentralEndpoint(long seed, double failureRate, String token) throws IOException {
        this.random = new Random(seed);
        this.failureRate = failureRate;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/api/v1/events", this::receive);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/events");
    }

    synchronized List<String> appliedKeysInOrder() {
        return List.copyOf(applied.keySet());
    }

    synchronized List<JsonNode> appliedEventsInOrder() {
        return List.copyOf(applied.values());
    }

    synchronized Map<String, Integer> applicationsPerKey() {
        return Map.copyOf(applications);
    }

    synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    synchronized int count(Behaviour behaviour) {
        return behaviours.getOrDefault(behaviour, 0);
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int unauthorised() {
        return unauthorised;
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Behaviour behaviour;
        int status;
        synchronized (this) {
            bodies.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            if (token != null && !("Bearer " + token).equals(authorization)) {
                unauthorised++;
                respond(exchange, 401);
                return;
            }
            JsonNode event = JSON.readTree(body);
            if (key == null || !key.equals(event.path("idempotencyKey").asText())) {
                respond(exchange, 400);
                return;
            }
            double roll = random.nextDouble();
            behaviour = roll >= failureRate
                    ? Behaviour.OK
                    : Behaviour.values()[1 + random.nextInt(Behaviour.values().length - 1)];
            behaviours.merge(behaviour, 1, Integer::sum);
            if (behaviour == Behaviour.FAIL_500 || behaviour == Behaviour.DROP) {
                status = 0;
            } else if (applied.containsKey(key)) {
                duplicates++;
                status = 409;
            } else {
                applied.put(key, event);
                applications.merge(key, 1, Integer::sum);
                status = 201;
            }
        }
        switch (behaviour) {
            case FAIL_500 -> respond(exchange, 500);
            // Thrown out of the handler, the exchange is abandoned and the server closes the connection.
            case DROP -> throw new IOException("connection dropped on purpose");
            case APPLY_THEN_HANG -> {
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            case OK -> respond(exchange, status);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
