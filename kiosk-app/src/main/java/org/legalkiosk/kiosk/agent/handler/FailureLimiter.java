package org.legalkiosk.kiosk.agent.handler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failures per key (a remote address, a presented secret's digest): after {@code maxFailures} within
 * {@code window}, that key must wait until its oldest failure in the window has aged out. Nothing clears a count
 * early (see {@link AuthThrottle}). The clock is injected so tests can move time instead of waiting.
 */
public final class FailureLimiter {

    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>();

    public FailureLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long this address must wait before trying again; zero when it may try now. */
    public synchronized Duration retryAfter(String address) {
        Deque<Instant> times = prune(address);
        if (times == null || times.size() < maxFailures) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), times.peekFirst().plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public synchronized void recordFailure(String address) {
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            // Bound the memory an attacker with many addresses can make us use: forget the oldest address.
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.instant());
    }

    private Deque<Instant> prune(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return null;
        }
        Instant cutoff = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return times;
    }
}
