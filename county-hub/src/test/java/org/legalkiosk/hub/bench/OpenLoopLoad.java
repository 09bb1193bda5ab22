package org.legalkiosk.hub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.protocol.TerminalApi;

/**
 * Sends the fleet's traffic at fixed times, whatever the server's answers take (an open loop: a real fleet does not
 * wait for the hub either). Each terminal beats once a minute at its own offset; events come evenly spread from
 * random terminals. A request's latency counts from the moment it was due, not from when it left, so a stalled
 * server or a late dispatcher shows in the figures instead of quietly lowering the load. Bounded: it sends exactly
 * the planned requests and stops. {@link #CONNECTIONS} senders share the requests, each on its kept-alive
 * connection, as nginx in front of the hub would hold a pool of upstream connections; a request waiting for a free
 * sender counts the wait in its latency. (Java's asynchronous client opened a new connection for most requests under
 * this load and ran out of file descriptors.)
 */
final class OpenLoopLoad {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    static final int CONNECTIONS = 64;

    private final SimulatedFleet fleet;
    private final int eventsPerMinute;
    private final HttpClient client;

    OpenLoopLoad(SimulatedFleet fleet, int eventsPerMinute) {
        this.fleet = fleet;
        this.eventsPerMinute = eventsPerMinute;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Latencies in nanoseconds, the answers that were not 2xx, and requests the dispatcher sent over 5 ms late. */
    record Result(long[] heartbeats, long[] events, int errors, int late, double seconds) {
        double perSecond() {
            return (heartbeats.length + events.length) / seconds;
        }
    }

    private record Shot(long due, boolean heartbeat, int terminal) {}

    /**
     * Sends {@code length} of traffic and waits for every answer. Each call starts the minute over: every terminal
     * beats at its own offset within each minute, so consecutive calls of whole minutes continue seamlessly.
     */
    Result run(URI hub, Duration length) {
        List<Shot> plan = plan(length.toNanos());
        URI heartbeat = hub.resolve(TerminalApi.HEARTBEAT);
        URI events = hub.resolve(TerminalApi.EVENTS);
        long[] beatSamples = new long[plan.size()];
        long[] eventSamples = new long[plan.size()];
        AtomicInteger beatCount = new AtomicInteger();
        AtomicInteger eventCount = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int late = 0;
        ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        for (Shot shot : plan) {
            long due = start + shot.due();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -TimeUnit.MILLISECONDS.toNanos(5)) {
                late++;
            }
            HttpRequest request =
                    shot.heartbeat() ? heartbeat(heartbeat, shot.terminal()) : event(events, shot.terminal());
            senders.execute(() -> {
                boolean ok;
                try {
                    ok = client.send(request, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    / 100
                            == 2;
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ok = false;
                }
                long took = System.nanoTime() - due;
                if (!ok) {
                    errors.incrementAndGet();
                }
                if (shot.heartbeat()) {
                    beatSamples[beatCount.getAndIncrement()] = took;
                } else {
                    eventSamples[eventCount.getAndIncrement()] = took;
                }
            });
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
        return new Result(
                Arrays.copyOf(beatSamples, beatCount.get()),
                Arrays.copyOf(eventSamples, eventCount.get()),
                errors.get(),
                late,
                length.toNanos() / 1e9);
    }

    private List<Shot> plan(long length) {
        List<Shot> plan = new ArrayList<>();
        int terminals = fleet.size();
        for (int i = 0; i < terminals; i++) {
            for (long due = MINUTE * i / terminals; due < length; due += MINUTE) {
                plan.add(new Shot(due, true, i));
            }
        }
        Random random = new Random(14);
        if (eventsPerMinute > 0) {
            long gap = MINUTE / eventsPerMinute;
            for (long due = gap / 2; due < length; due += gap) {
                plan.add(new Shot(due, false, random.nextInt(terminals)));
            }
        }
        plan.sort((a, b) -> Long.compare(a.due(), b.due()));
        return plan;
    }

    private HttpRequest heartbeat(URI uri, int terminal) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + SimulatedFleet.token(terminal))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fleet.nextHeartbeat(terminal)))
                .build();
    }

    private HttpRequest event(URI uri, int terminal) {
        SimulatedFleet.Event event = fleet.nextEvent(terminal);
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + SimulatedFleet.token(terminal))
                .header("Content-Type", "application/json")
                .header(EventEnvelope.KEY_HEADER, event.key())
                .POST(HttpRequest.BodyPublishers.ofByteArray(event.body()))
                .build();
    }
}
