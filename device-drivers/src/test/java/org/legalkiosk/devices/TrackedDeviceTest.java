package org.legalkiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrackedDeviceTest {

    private static final Instant START = Instant.parse("2024-06-11T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);

    /** The smallest driver: its status is whatever it last recorded. */
    private static final class Lamp extends TrackedDevice {

        Lamp(String id, Clock clock, InitialStatus initial) {
            super(id, clock, initial);
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.STATUS_LIGHT;
        }

        @Override
        public DeviceStatus status() {
            return tracker().current();
        }

        void breaks() {
            tracker().needsAttention("bulb-gone", "The bulb is gone");
        }

        @Override
        public void close() {}
    }

    @Test
    void aRealDeviceStartsDisconnectedUntilChecked() {
        try (Lamp lamp = new Lamp("lamp", CLOCK, TrackedDevice.InitialStatus.NOT_CHECKED)) {
            DeviceStatus status = lamp.status();

            assertEquals(DeviceState.DISCONNECTED, status.state());
            assertEquals("not-checked", status.reason());
            assertEquals("lamp", status.deviceId());
            assertEquals(DeviceKind.STATUS_LIGHT, status.kind());
        }
    }

    @Test
    void aTwinStartsReady() {
        try (Lamp lamp = new Lamp("lamp", CLOCK, TrackedDevice.InitialStatus.READY)) {
            assertEquals(DeviceStatus.ready("lamp", DeviceKind.STATUS_LIGHT, START), lamp.status());
            assertEquals("lamp", lamp.id());
        }
    }

    @Test
    void listenersAddedToTheDeviceHearWhatItsDriverRecordsUntilRemoved() {
        try (Lamp lamp = new Lamp("lamp", CLOCK, TrackedDevice.InitialStatus.READY)) {
            List<DeviceStatus> heard = new ArrayList<>();
            DeviceListener listener = heard::add;
            lamp.addListener(listener);

            lamp.breaks();
            lamp.removeListener(listener);
            lamp.tracker().ready();

            assertEquals(
                    List.of("bulb-gone"),
                    heard.stream().map(DeviceStatus::reason).toList());
            assertEquals(DeviceState.READY, lamp.status().state());
        }
    }

    @Test
    void refusesAMissingIdClockOrStart() {
        assertThrows(NullPointerException.class, () -> new Lamp(null, CLOCK, TrackedDevice.InitialStatus.READY));
        assertThrows(NullPointerException.class, () -> new Lamp("lamp", null, TrackedDevice.InitialStatus.READY));
        assertThrows(NullPointerException.class, () -> new Lamp("lamp", CLOCK, null));
    }
}
