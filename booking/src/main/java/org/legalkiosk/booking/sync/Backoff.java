package org.legalkiosk.booking.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with full jitter: after the n-th failed attempt, a delay drawn uniformly from zero to
 * {@code min(max, initial * 2^(n-1))}. The jitter spreads the retries of a whole county's kiosks after an outage of
 * the endpoint, instead of having them all knock at once.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("the initial backoff must be positive, not " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "the maximum backoff (" + max + ") is shorter than the initial one (" + initial + ")");
        }
    }

    /** The upper bound of the delay after {@code attempts} failed attempts (at least one). */
    public Duration ceiling(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        // Shifting past the cap would overflow; stop doubling as soon as the cap is reached.
        if (doublings >= 62 || initialMillis > (maxMillis >> Math.min(doublings, 62))) {
            return max;
        }
        return Duration.ofMillis(Math.min(maxMillis, initialMillis << doublings));
    }

    /** A delay drawn with full jitter for the given number of failed attempts. */
    public Duration delay(int attempts, Random random) {
        long ceiling = ceiling(attempts).toMillis();
        return Duration.ofMillis(Math.min(ceiling, (long) (random.nextDouble() * (ceiling + 1))));
    }
}
