package org.legalkiosk.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HelpRequestsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void beforeAnyPressThereIsNoRequest() {
        assertEquals(new HelpRequests.Summary(0, Optional.empty()), new HelpRequests().summary());
    }

    @Test
    void pressesWithinThirtySecondsOfTheCountedOneAreTheSameRequest() {
        HelpRequests help = new HelpRequests();
        List<Instant> told = new ArrayList<>();
        help.addListener(told::add);

        assertTrue(help.pressed(T0));
        assertFalse(help.pressed(T0.plusSeconds(5)), "a worried second press");
        assertFalse(help.pressed(T0.plusSeconds(29)), "still measured from the first, not the last press");
        assertTrue(help.pressed(T0.plusSeconds(30)), "30 s later it is a new request");
        assertFalse(help.pressed(T0.plusSeconds(45)));

        assertEquals(new HelpRequests.Summary(2, Optional.of(T0.plusSeconds(30))), help.summary());
        assertEquals(List.of(T0, T0.plusSeconds(30)), told, "listeners hear only counted requests");
    }

    @Test
    void aPressThatSeemsEarlierAfterTheClockWasSetBackStillCounts() {
        HelpRequests help = new HelpRequests();
        help.pressed(T0);
        assertTrue(help.pressed(T0.minusSeconds(3600)), "never lose a request because the clock stepped back");
        assertEquals(2, help.summary().count());
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersOrTheCountFromTheRequest() {
        HelpRequests help = new HelpRequests(Duration.ZERO);
        List<Instant> told = new ArrayList<>();
        help.addListener(when -> {
            throw new IllegalStateException("screen gone");
        });
        help.addListener(told::add);
        assertTrue(help.pressed(T0));
        assertEquals(List.of(T0), told);
        assertEquals(1, help.summary().count());
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        HelpRequests help = new HelpRequests(Duration.ZERO);
        List<Instant> told = new ArrayList<>();
        java.util.function.Consumer<Instant> listener = told::add;
        help.addListener(listener);
        help.removeListener(listener);
        help.pressed(T0);
        assertEquals(List.of(), told);
    }

    @Test
    void refusesANegativeDebounceAndAMissingTime() {
        assertThrows(IllegalArgumentException.class, () -> new HelpRequests(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new HelpRequests().pressed(null));
    }

    @Test
    void presenceIsPassedOnFromEverySensorAndKnownWhileAnySeesSomeone() {
        PresenceService presence = new PresenceService();
        List<Boolean> told = new ArrayList<>();
        presence.addListener(p -> {
            throw new IllegalStateException("broken");
        });
        presence.addListener(told::add);
        presence.sensorChanged("door", true);
        presence.sensorChanged("desk", true);
        presence.sensorChanged("door", false);
        assertTrue(presence.isPresent(), "the desk sensor still sees someone");
        presence.sensorChanged("desk", false);
        assertFalse(presence.isPresent());
        assertEquals(List.of(true, true, false, false), told);
    }
}
