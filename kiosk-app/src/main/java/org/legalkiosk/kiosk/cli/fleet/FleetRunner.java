package org.legalkiosk.kiosk.cli.fleet;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one call against every target, {@code parallel} at a time, retrying a target whose failure may pass (no
 * connection, 5xx, busy) with exponential backoff a bounded number of times. Answers the results in target order.
 */
final class FleetRunner {

    /** One target's answer to one attempt. */
    record Attempt(boolean ok, boolean retryable, String detail, Object value) {
        static Attempt ok(String detail, Object value) {
            return new Attempt(true, false, detail, value);
        }

        static Attempt failed(String detail, boolean retryable) {
            return new Attempt(false, retryable, detail, null);
        }
    }

    record Result(URI target, boolean ok, String detail, int attempts, Object value) {}

    @FunctionalInterface
    interface Call {
        Attempt attempt(URI target) throws InterruptedException;
    }

    private final int parallel;
    private final int retries;
    private final Duration firstDelay;

    FleetRunner(int parallel, int retries, Duration firstDelay) {
        this.parallel = parallel;
        this.retries = retries;
        this.firstDelay = firstDelay;
    }

    List<Result> run(List<URI> targets, Call call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, targets.size())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (URI target : targets) {
                futures.add(pool.submit(() -> withRetries(target, call)));
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(new Result(targets.get(i), false, "internal error: " + e.getCause(), 1, null));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Result withRetries(URI target, Call call) throws InterruptedException {
        Attempt a = null;
        int n = 0;
        while (n <= retries) {
            if (n > 0) {
                Thread.sleep(firstDelay.toMillis() << Math.min(n - 1, 16));
            }
            n++;
            a = call.attempt(target);
            if (a.ok() || !a.retryable()) {
                break;
            }
        }
        return new Result(target, a.ok(), a.detail(), n, a.value());
    }
}
