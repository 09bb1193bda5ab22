package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PIR sensor on a GPIO input with pull-down: HIGH while it sees movement (default BCM 23). */
public final class Pi4jPresenceSensor implements PresenceSensor {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jPresenceSensor.class);
    public static final int DEFAULT_BCM = 23;

    private final String id;
    private final GpioPin<DigitalInput> pin;
    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();

    public Pi4jPresenceSensor(Context pi4j, String id, int bcm) {
        this.id = id;
        this.pin = new GpioPin<>(pi4j, id, DeviceKind.PRESENCE_SENSOR, bcm, Clock.systemUTC(),
                context -> context.create(DigitalInput.newConfigBuilder(context).id(id).name("presence sensor")
                        .address(bcm).pull(PullResistance.PULL_DOWN)));
        pin.io().ifPresent(input -> input.addListener(event -> fire(event.state() == DigitalState.HIGH)));
    }

    private void fire(boolean present) {
        for (PresenceListener listener : listeners) {
            try {
                listener.presenceChanged(present);
            } catch (RuntimeException e) {
                LOG.warn("Presence listener failed", e);
            }
        }
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

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeviceStatus status() {
        return pin.status();
    }

    @Override
    public void close() {
        pin.close();
    }
}
