package org.legalkiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeviceStatusTrackerTest {

    @Test
    void listenersHearOnlyRealChangesAndSinceStaysWhileNothingChanges() {
        Instant start = Instant.parse("2024-06-11T01:00:00Z");
        DeviceStatusTracker tracker = DeviceStatusTracker.startingDisconnected(
                "receipt", DeviceKind.RECEIPT_PRINTER, Clock.fixed(start, ZoneOffset.UTC));
        List<DeviceStatus> heard = new ArrayList<>();
        tracker.addListener(heard::add);
        tracker.addListener(s -> {
            throw new IllegalStateException("a faulty listener does not stop the others");
        });

        tracker.ready();
        tracker.ready();
        tracker.needsAttention("paper-out", "The printer is out of paper");

        assertEquals(
                List.of(DeviceState.READY, DeviceState.NEEDS_ATTENTION),
                heard.stream().map(DeviceStatus::state).toList());
        assertEquals(start, tracker.current().since());
    }
}
