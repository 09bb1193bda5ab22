package org.legalkiosk.kiosk.agent.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps request bodies from holding the agent's workers. A request thread blocks while it reads a body, so a
 * client that sends one byte every few seconds (never silent long enough for the idle timeout) could otherwise
 * hold a thread for as long as it likes, and a dozen such clients starve {@code /health}. Two rules:
 * <ul>
 *   <li>at most {@code maxConcurrent} bodies are read at once; more get 503 at once, so threads stay free for
 *       calls without a body;</li>
 *   <li>a body must arrive at {@code minBytesPerSecond} on average once {@code grace} has passed, and completely
 *       within its total time; otherwise the connection is closed under the reader, which then fails.</li>
 * </ul>
 * Jetty's own {@code MinimumDataRateHandler} checks the rate only when the reader asks for more, which a reader
 * blocked on a silent socket never does again, so the rule is enforced here by a timer.
 */
public final class BodyWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BodyWatch.class);
    private static final long CHECK_MILLIS = 250;

    private final BodyLimits limits;
    private final Semaphore readers;
    private final Set<Watched> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    public BodyWatch(BodyLimits limits) {
        this.limits = limits;
        this.readers = new Semaphore(limits.maxConcurrent());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agent-body-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    BodyLimits limits() {
        return limits;
    }

    /** Starts watching one body read; 503 when too many are being read already. */
    Watched start(EndPoint endpoint, Duration maxTotal) throws ApiException {
        if (!readers.tryAcquire()) {
            throw new ApiException(
                    503,
                    "too_many_uploads",
                    "too many requests are sending bodies to this kiosk " + "right now; try again shortly",
                    java.util.Map.of("Retry-After", "5"));
        }
        Watched w = new Watched(endpoint, maxTotal, System.nanoTime());
        active.add(w);
        return w;
    }

    private void check() {
        long now = System.nanoTime();
        for (Watched w : active) {
            String reason = w.violation(now);
            if (reason != null && w.trip(reason)) {
                LOG.info("Closed an agent connection from {}: {}", w.endpoint.getRemoteSocketAddress(), reason);
                w.endpoint.close();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One body being read: its byte count, and why it was cut off if it was. */
    final class Watched implements AutoCloseable {
        private final EndPoint endpoint;
        private final long maxTotalNanos;
        private final long started;
        private final AtomicLong bytes = new AtomicLong();
        private volatile String tripped;
        private boolean closed;

        private Watched(EndPoint endpoint, Duration maxTotal, long started) {
            this.endpoint = endpoint;
            this.maxTotalNanos = maxTotal.toNanos();
            this.started = started;
        }

        void received(long n) {
            bytes.addAndGet(n);
        }

        /** Why the body was cut off; null while it is within the limits. */
        String tripped() {
            return tripped;
        }

        private synchronized boolean trip(String reason) {
            if (tripped != null || closed) {
                return false;
            }
            tripped = reason;
            return true;
        }

        private String violation(long now) {
            long elapsed = now - started;
            if (elapsed > maxTotalNanos) {
                return "the body took longer than " + TimeUnit.NANOSECONDS.toSeconds(maxTotalNanos) + " s";
            }
            if (elapsed > limits.grace().toNanos()) {
                double perSecond = bytes.get() / (elapsed / 1e9);
                if (perSecond < limits.minBytesPerSecond()) {
                    return "the body arrived at " + Math.round(perSecond) + " bytes/s, slower than the "
                            + limits.minBytesPerSecond() + " bytes/s the kiosk needs";
                }
            }
            return null;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                active.remove(this);
                readers.release();
            }
        }
    }
}
