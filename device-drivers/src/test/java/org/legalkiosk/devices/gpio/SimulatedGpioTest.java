package org.legalkiosk.devices.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class SimulatedGpioTest {

    @Test
    void theSimulatedSensorAnnouncesOnlyChanges() {
        SimulatedPresenceSensor sensor = new SimulatedPresenceSensor("pir");
        List<Boolean> seen = new CopyOnWriteArrayList<>();
        sensor.addPresenceListener(seen::add);
        sensor.personArrives();
        sensor.personArrives();
        assertTrue(sensor.isPresent());
        sensor.personLeaves();
        assertEquals(List.of(true, false), seen);
    }

    @Test
    void theSimulatedButtonIsDebouncedLikeTheRealOne() {
        MutableClock clock = new MutableClock();
        SimulatedHelpButton button = new SimulatedHelpButton("help", Duration.ofSeconds(2), clock);
        List<Instant> requests = new CopyOnWriteArrayList<>();
        button.addHelpListener(requests::add);
        button.press();
        button.press();
        clock.advance(Duration.ofSeconds(2));
        button.press();
        assertEquals(2, requests.size());
    }

    @Test
    void theSimulatedLightBlinksOnTheTicker() {
        ManualTicker ticker = new ManualTicker();
        try (SimulatedStatusLight light = new SimulatedStatusLight("led", ticker)) {
            light.show(LightPattern.UPDATING);
            assertTrue(light.isLit());
            ticker.advance(Duration.ofSeconds(1));
            assertFalse(light.isLit());
            assertEquals(LightPattern.UPDATING, light.pattern());
        }
    }
}
