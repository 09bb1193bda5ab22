package org.legalkiosk.devices.gpio;

import java.time.Clock;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.Listeners;
import org.legalkiosk.devices.TrackedDevice;

/** A PIR sensor on a GPIO input with pull-down: HIGH while it sees movement (default BCM 23). */
public final class Pi4jPresenceSensor extends TrackedDevice implements PresenceSensor {

    public static final int DEFAULT_BCM = 23;

    private final GpioPin<DigitalInput> pin;
    private final Listeners<PresenceListener> listeners;

    public Pi4jPresenceSensor(Context pi4j, String id, int bcm) {
        this(pi4j, id, bcm, Clock.systemUTC());
    }

    public Pi4jPresenceSensor(Context pi4j, String id, int bcm, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.listeners = new Listeners<>(id);
        this.pin = new GpioPin<>(
                pi4j,
                id,
                bcm,
                tracker(),
                context -> context.create(DigitalInput.newConfigBuilder(context)
                        .id(id)
                        .name("presence sensor")
                        .address(bcm)
                        .pull(PullResistance.PULL_DOWN)));
        pin.io()
                .ifPresent(input -> input.addListener(event -> {
                    boolean present = event.state() == DigitalState.HIGH;
                    listeners.fire(listener -> listener.presenceChanged(present));
                }));
    }

    @Override
    public boolean isPresent() {
        return pin.io().map(input -> input.state() == DigitalState.HIGH).orElse(false);
    }

    @Override
    public void addPresenceListener(PresenceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removePresenceListener(PresenceListener listener) {
        listeners.remove(listener);
    }

    /** Whether the pin could be claimed; a claimed input has nothing more to check. */
    @Override
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void close() {
        pin.close();
    }
}
