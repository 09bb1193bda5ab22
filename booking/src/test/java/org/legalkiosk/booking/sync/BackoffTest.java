package org.legalkiosk.booking.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theCeilingDoublesWithEveryFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(4), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(512), backoff.ceiling(9));
        assertEquals(Duration.ofMinutes(15), backoff.ceiling(10));
        assertEquals(Duration.ofMinutes(15), backoff.ceiling(63));
        assertEquals(Duration.ofMinutes(15), backoff.ceiling(Integer.MAX_VALUE));
        assertEquals(Duration.ofSeconds(2), backoff.ceiling(0), "no failure yet counts as the first");
    }

    @Test
    void delaysSpreadOverTheWholeRangeFromZeroToTheCeiling() {
        Random random = new Random(11);
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int i = 0; i < 10_000; i++) {
            long delay = backoff.delay(3, random).toMillis();
            assertTrue(delay >= 0 && delay <= 8_000, delay + " out of range");
            smallest = Math.min(smallest, delay);
            largest = Math.max(largest, delay);
        }
        // Full jitter: some retries come almost at once, some near the ceiling.
        assertTrue(smallest < 100, "smallest " + smallest);
        assertTrue(largest > 7_900, "largest " + largest);
        for (int i = 0; i < 1_000; i++) {
            assertFalse(backoff.delay(1_000, random).compareTo(Duration.ofMinutes(15)) > 0);
        }
    }

    @Test
    void boundsThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(-1), Duration.ofMinutes(1)));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("shorter than the initial"), e.getMessage());
    }
}
