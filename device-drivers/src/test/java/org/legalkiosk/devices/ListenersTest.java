package org.legalkiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.gpio.SimulatedHelpButton;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;

class ListenersTest {

    @Test
    void aListenerThatThrowsIsSkippedAndTheOthersStillHear() {
        Listeners<Consumer<String>> listeners = new Listeners<>("help");
        List<String> heard = new ArrayList<>();
        listeners.add(word -> heard.add("first " + word));
        listeners.add(word -> {
            throw new IllegalStateException("broken observer");
        });
        listeners.add(word -> heard.add("third " + word));
        listeners.fire(listener -> listener.accept("press"));
        assertEquals(List.of("first press", "third press"), heard);
    }

    @Test
    void removedAndClearedListenersHearNothing() {
        Listeners<Consumer<String>> listeners = new Listeners<>("presence");
        List<String> heard = new ArrayList<>();
        Consumer<String> one = heard::add;
        listeners.add(one);
        listeners.remove(one);
        listeners.fire(listener -> listener.accept("gone"));
        listeners.add(heard::add);
        listeners.clear();
        listeners.fire(listener -> listener.accept("cleared"));
        assertEquals(List.of(), heard);
    }

    @Test
    void theTwinsSurviveAFaultyListenerAsTheirDriversDo() {
        List<Boolean> presence = new ArrayList<>();
        try (SimulatedPresenceSensor sensor = new SimulatedPresenceSensor("presence")) {
            sensor.addPresenceListener(present -> {
                throw new IllegalStateException("broken observer");
            });
            sensor.addPresenceListener(presence::add);
            sensor.personArrives();
        }
        assertEquals(List.of(true), presence);
        List<String> help = new ArrayList<>();
        try (SimulatedHelpButton button = new SimulatedHelpButton("help")) {
            button.addHelpListener(when -> {
                throw new IllegalStateException("broken observer");
            });
            button.addHelpListener(when -> help.add("asked"));
            button.press();
            assertEquals(DeviceState.READY, button.status().state());
        }
        assertEquals(List.of("asked"), help);
    }
}
