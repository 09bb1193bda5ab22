package org.legalkiosk.kiosk.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing: after {@code maxFailures} failed authentications from one remote address within
 * {@code window}, that address is refused until its oldest failure in the window has aged out. The clock is
 * injected so tests can move time instead of waiting.
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

    public synchronized void recordSuccess(String address) {
        failures.remove(address);
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
