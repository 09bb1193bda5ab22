package org.legalkiosk.hub.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.hub.schedule.QuotaAllocator.Holder;

class QuotaAllocatorTest {

    @Test
    void beforeReleaseEachTerminalGetsItsWeightedShare() {
        List<Holder> holders = List.of(
                new Holder("a", 2, true, 0, 0), new Holder("b", 1, false, 0, 0), new Holder("c", 1, true, 0, 0));
        assertEquals(3, QuotaAllocator.quota(6, false, holders, "a"));
        assertEquals(2, QuotaAllocator.quota(6, false, holders, "b"));
        assertEquals(1, QuotaAllocator.quota(5, false, holders, "c"));
    }

    @Test
    void aShareNeverTakesSeatsAnotherTerminalMayStillSell() {
        // b was sent 4 seats and has not acknowledged a smaller quota: a may not have its weighted 3.
        List<Holder> holders = List.of(new Holder("a", 1, true, 0, 0), new Holder("b", 1, false, 4, 0));
        assertEquals(2, QuotaAllocator.quota(6, false, holders, "a"));
    }

    @Test
    void afterReleaseOnlineTerminalsShareWhatNobodyBookedWhileOfflineOnesKeepWhatTheyHold() {
        List<Holder> holders = List.of(
                new Holder("a", 1, true, 2, 2), // booked its 2
                new Holder("b", 1, true, 1, 0), // booked none, holds the 1 it acknowledged
                new Holder("c", 1, false, 1, 0)); // offline: its 1 stays its own
        // pool = 5 - 1 (c holds) - 2 (a booked) = 2, split between a and b: 1 each.
        assertEquals(3, QuotaAllocator.quota(5, true, holders, "a"));
        assertEquals(1, QuotaAllocator.quota(5, true, holders, "b"));
    }

    @Test
    void aTerminalIsNeverSentLessThanItHasBooked() {
        List<Holder> holders = List.of(new Holder("a", 1, true, 3, 3), new Holder("b", 1, true, 3, 3));
        assertEquals(3, QuotaAllocator.quota(4, false, holders, "a"));
    }

    @Test
    void aTerminalNotServingTheOfficeIsAMistake() {
        assertThrows(
                IllegalArgumentException.class,
                () -> QuotaAllocator.quota(5, false, List.of(new Holder("a", 1, true, 0, 0)), "z"));
    }
}
