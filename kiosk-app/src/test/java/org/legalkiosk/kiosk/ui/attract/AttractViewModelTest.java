package org.legalkiosk.kiosk.ui.attract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AttractViewModelTest {

    private static final Duration DELAY = Duration.ofMinutes(5);
    private final AtomicLong nanos = new AtomicLong(42);
    private final AttractViewModel attract = new AttractViewModel(DELAY, nanos::get);

    /** The screen's clock beats once a second for {@code d}. */
    private void idleOnHomeFor(Duration d) {
        attract.tick(true);
        for (long s = 0; s < d.toSeconds(); s++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            attract.tick(true);
        }
    }

    @Test
    void dimsOnlyAfterStandingIdleOnHomeForTheWholeDelay() {
        idleOnHomeFor(DELAY.minusSeconds(1));
        assertFalse(attract.isShowing());
        idleOnHomeFor(Duration.ofSeconds(1));
        assertTrue(attract.isShowing());
    }

    @Test
    void theDefaultDelayIsFiveMinutes() {
        assertEquals(Duration.ofMinutes(5), AttractViewModel.DEFAULT_DELAY);
    }

    @Test
    void beingAwayFromHomeOrBusyStartsTheWaitAgain() {
        idleOnHomeFor(DELAY.minusSeconds(10));
        attract.tick(false);
        idleOnHomeFor(DELAY.minusSeconds(10));
        assertFalse(attract.isShowing(), "the wait started again when the kiosk was not idle on Home");
        idleOnHomeFor(Duration.ofSeconds(10));
        assertTrue(attract.isShowing());
    }

    @Test
    void aTouchWakesItAndTheWaitStartsAgain() {
        idleOnHomeFor(DELAY);
        assertTrue(attract.isShowing());
        attract.activity();
        assertFalse(attract.isShowing());
        idleOnHomeFor(DELAY.minusSeconds(1));
        assertFalse(attract.isShowing());
    }

    @Test
    void aPersonArrivingWakesItAndItDimsAgainIfTheyNeverTouch() {
        idleOnHomeFor(DELAY);
        attract.personArrived();
        assertFalse(attract.isShowing());
        idleOnHomeFor(DELAY.minusSeconds(1));
        assertFalse(attract.isShowing(), "the whole delay again for the person who came");
        idleOnHomeFor(Duration.ofSeconds(1));
        assertTrue(attract.isShowing(), "they walked past without touching");
    }

    @Test
    void whileShowingTicksChangeNothing() {
        idleOnHomeFor(DELAY);
        attract.tick(false);
        assertTrue(attract.isShowing(), "only a touch or a person wakes it");
    }

    @Test
    void aShorterDelayCountsAtOnceAndANonPositiveOneIsRefused() {
        idleOnHomeFor(Duration.ofSeconds(30));
        attract.setDelay(Duration.ofSeconds(20));
        attract.tick(true);
        assertTrue(attract.isShowing());
        assertThrows(IllegalArgumentException.class, () -> attract.setDelay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new AttractViewModel(Duration.ofSeconds(-1), nanos::get));
    }
}
