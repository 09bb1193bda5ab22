package org.legalkiosk.booking.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox on one daemon thread: the oldest pending event first, and the next one only once it is
 * delivered, so the endpoint sees every booking's events in the order they happened (created before cancelled).
 * A failed attempt is counted in the outbox row before it is made and followed by a backoff with full jitter; the
 * next events wait behind it. Callers never wait: {@link #nudge()} only wakes the thread.
 * <p>
 * Nothing is kept in memory between attempts. A restarted worker (after a crash, a reboot, or {@link #close()} and
 * a new worker on the same file) reads the same rows and tries the oldest pending event at once; an event whose
 * answer was lost is simply posted again with the same idempotency key.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final SyncSettings settings;
    private final HttpEventPoster poster;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random jitter;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean closed;

    private OutboxWorker(BookingStore store, SyncSettings settings, Clock clock, Sleeper sleeper, Random jitter) {
        this.outbox = new Outbox(store);
        this.settings = settings;
        this.poster = new HttpEventPoster(settings, settings.readToken());
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.thread = new Thread(this::run, "outbox-worker");
        thread.setDaemon(true);
    }

    /**
     * Starts delivering the store's outbox to the configured endpoint.
     *
     * @throws IllegalArgumentException when the token file is configured but cannot be used
     */
    public static OutboxWorker start(BookingStore store, SyncSettings settings) {
        return start(store, settings, Clock.systemUTC(), Sleeper.REAL, new SecureRandom());
    }

    /** As {@link #start(BookingStore, SyncSettings)} with the clock, the backoff sleeper and the jitter chosen (tests). */
    public static OutboxWorker start(
            BookingStore store, SyncSettings settings, Clock clock, Sleeper sleeper, Random jitter) {
        OutboxWorker worker = new OutboxWorker(store, settings, clock, sleeper, jitter);
        worker.thread.start();
        LOG.info("Outbox delivery to {} started, {} events pending", settings.endpoint(), worker.pendingCount());
        return worker;
    }

    /** Wakes an idle worker at once, e.g. right after a booking; does nothing to a worker in a backoff. */
    public void nudge() {
        // One permit is enough: any number of nudges before the worker looks again means "look again".
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Events waiting for delivery, for the agent's status. */
    public int pendingCount() {
        return outbox.pendingCount();
    }

    /** Stops the thread; an attempt in flight is abandoned and made again by the next worker. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(JOIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Outbox worker did not stop within {}", JOIN_TIMEOUT);
        }
    }

    private void run() {
        int storeErrors = 0;
        try {
            while (!closed) {
                try {
                    Optional<Outbox.Pending> head = outbox.oldestPending();
                    if (head.isEmpty()) {
                        idle();
                    } else {
                        deliver(head.get().event());
                    }
                    storeErrors = 0;
                } catch (RuntimeException e) {
                    // The store is busy or broken; the rows are unchanged, so waiting and looking again is safe.
                    storeErrors++;
                    LOG.warn("Outbox delivery paused after a store error: {}", e.getMessage());
                    sleeper.sleep(settings.backoff().delay(storeErrors, jitter));
                }
            }
        } catch (InterruptedException e) {
            // close(): the thread ends here.
        }
        LOG.info("Outbox delivery stopped");
    }

    private void idle() throws InterruptedException {
        if (wake.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS)) {
            wake.drainPermits();
        }
    }

    private void deliver(OutboxEvent event) throws InterruptedException {
        int attempt = outbox.startAttempt(event.id());
        HttpEventPoster.Outcome outcome = poster.post(event);
        if (outcome.delivered()) {
            outbox.markSent(event.id(), clock.instant());
            LOG.debug(
                    "Delivered outbox event {} ({}) on attempt {}: {}",
                    event.id(),
                    event.type(),
                    attempt,
                    outcome.detail());
            return;
        }
        Duration delay = settings.backoff().delay(attempt, jitter);
        // A village link can be down for days: warn on the first failure and then at every tenth, so the log says
        // the county is unreachable without filling the disk; the attempts in between are kept at debug level.
        if (attempt == 1 || attempt % 10 == 0) {
            LOG.warn(
                    "Outbox event {} ({}) not delivered on attempt {}: {}; retrying in {} ms",
                    event.id(),
                    event.type(),
                    attempt,
                    outcome.detail(),
                    delay.toMillis());
        } else {
            LOG.debug(
                    "Outbox event {} ({}) not delivered on attempt {}: {}; retrying in {} ms",
                    event.id(),
                    event.type(),
                    attempt,
                    outcome.detail(),
                    delay.toMillis());
        }
        sleeper.sleep(delay);
    }
}
