package org.legalkiosk.devices.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;

/** The Pi4J devices on Pi4J's mock plugin: inputs driven with mockState, outputs read back from the pin. */
class Pi4jGpioTest {

    private Context pi4j;

    @BeforeEach
    void mockContext() {
        pi4j = Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    private MockDigitalInput input(String id) {
        return pi4j.registry().get(id, MockDigitalInput.class);
    }

    @Test
    void thePresenceSensorAnnouncesArrivalAndDeparture() {
        try (Pi4jPresenceSensor sensor = new Pi4jPresenceSensor(pi4j, "pir", Pi4jPresenceSensor.DEFAULT_BCM)) {
            List<Boolean> seen = new CopyOnWriteArrayList<>();
            sensor.addPresenceListener(seen::add);
            assertEquals(DeviceState.READY, sensor.status().state());
            input("pir").mockState(DigitalState.HIGH);
            assertTrue(sensor.isPresent());
            input("pir").mockState(DigitalState.LOW);
            assertFalse(sensor.isPresent());
            assertEquals(List.of(true, false), seen);
        }
    }

    @Test
    void theHelpButtonRaisesOneRequestPerPressAndIgnoresBounces() {
        MutableClock clock = new MutableClock();
        try (Pi4jHelpButton button =
                new Pi4jHelpButton(pi4j, "help", Pi4jHelpButton.DEFAULT_BCM, Duration.ofSeconds(2), clock)) {
            List<Instant> requests = new CopyOnWriteArrayList<>();
            button.addHelpListener(requests::add);
            press("help");
            clock.advance(Duration.ofMillis(300));
            press("help");
            assertEquals(1, requests.size(), "a second press within the debounce interval counts once");
            clock.advance(Duration.ofSeconds(3));
            press("help");
            assertEquals(2, requests.size());
            assertEquals(clock.instant(), requests.get(1));
        }
    }

    @Test
    void releasingTheButtonIsNotARequest() {
        try (Pi4jHelpButton button = new Pi4jHelpButton(pi4j, "help", 5)) {
            List<Instant> requests = new CopyOnWriteArrayList<>();
            button.addHelpListener(requests::add);
            input("help").mockState(DigitalState.HIGH);
            input("help").mockState(DigitalState.LOW);
            assertEquals(1, requests.size());
        }
    }

    private void press(String id) {
        input(id).mockState(DigitalState.HIGH);
        input(id).mockState(DigitalState.LOW);
    }

    @Test
    void theStatusLightIsSteadyWhenReadyAndBlinksSlowOrFast() {
        ManualTicker ticker = new ManualTicker();
        try (Pi4jStatusLight light = new Pi4jStatusLight(pi4j, "led", Pi4jStatusLight.DEFAULT_BCM, ticker)) {
            DigitalOutput pin = pi4j.registry().get("led", DigitalOutput.class);
            assertEquals(DigitalState.LOW, pin.state());

            light.show(LightPattern.READY);
            ticker.advance(Duration.ofSeconds(5));
            assertEquals(DigitalState.HIGH, pin.state());

            light.show(LightPattern.UPDATING);
            assertEquals(
                    List.of(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH),
                    sample(pin, ticker, Duration.ofSeconds(1), 3));

            light.show(LightPattern.NEEDS_ATTENTION);
            assertEquals(DigitalState.HIGH, pin.state());
            ticker.advance(Duration.ofMillis(200));
            assertEquals(DigitalState.LOW, pin.state());
            ticker.advance(Duration.ofMillis(1000));
            assertEquals(DigitalState.HIGH, pin.state(), "fast blink: 200 ms on, 200 ms off");
            ticker.advance(Duration.ofMillis(999));
            assertEquals(1, ticker.running(), "only the current pattern blinks");

            light.show(LightPattern.OFF);
            assertEquals(DigitalState.LOW, pin.state());
            assertEquals(0, ticker.running());
        }
    }

    @Test
    void theLightGoesDarkWhenClosed() {
        ManualTicker ticker = new ManualTicker();
        Pi4jStatusLight light = new Pi4jStatusLight(pi4j, "led", 18, ticker);
        DigitalOutput pin = pi4j.registry().get("led", DigitalOutput.class);
        light.show(LightPattern.NEEDS_ATTENTION);
        light.close();
        assertEquals(DigitalState.LOW, pin.state());
        assertEquals(0, ticker.running());
    }

    @Test
    void aPinThatCannotBeClaimedLeavesTheDeviceDisconnected() {
        try (Pi4jPresenceSensor first = new Pi4jPresenceSensor(pi4j, "pir", 23);
                Pi4jPresenceSensor second = new Pi4jPresenceSensor(pi4j, "pir", 23)) {
            assertEquals(DeviceState.READY, first.status().state());
            assertEquals(DeviceState.DISCONNECTED, second.status().state());
            assertEquals("gpio-unavailable", second.status().reason());
            assertFalse(second.isPresent());
        }
    }

    private static List<DigitalState> sample(DigitalOutput pin, ManualTicker ticker, Duration step, int count) {
        List<DigitalState> states = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            states.add(pin.state());
            ticker.advance(step);
        }
        return states;
    }
}
