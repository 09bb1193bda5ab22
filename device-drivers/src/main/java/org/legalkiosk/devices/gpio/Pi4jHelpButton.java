package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.Listeners;
import org.legalkiosk.devices.TrackedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A push button between a GPIO input (pull-down, default BCM 24) and 3.3 V. Pi4J filters contact bounce (10 ms);
 * on top, presses closer together than the debounce interval count once.
 */
public final class Pi4jHelpButton extends TrackedDevice implements HelpButton {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jHelpButton.class);
    public static final int DEFAULT_BCM = 24;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);

    private final GpioPin<DigitalInput> pin;
    private final Debouncer debouncer;
    private final Listeners<HelpListener> listeners;

    public Pi4jHelpButton(Context pi4j, String id, int bcm) {
        this(pi4j, id, bcm, DEFAULT_DEBOUNCE, Clock.systemUTC());
    }

    public Pi4jHelpButton(Context pi4j, String id, int bcm, Duration debounce, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.debouncer = new Debouncer(clock, debounce);
        this.listeners = new Listeners<>(id);
        this.pin = new GpioPin<>(
                pi4j,
                id,
                bcm,
                tracker(),
                context -> context.create(DigitalInput.newConfigBuilder(context)
                        .id(id)
                        .name("help button")
                        .address(bcm)
                        .pull(PullResistance.PULL_DOWN)
                        .debounce(10_000L)));
        pin.io()
                .ifPresent(input -> input.addListener(event -> {
                    if (event.state() == DigitalState.HIGH) {
                        pressed();
                    }
                }));
    }

    private void pressed() {
        Instant when = debouncer.accept();
        if (when == null) {
            return;
        }
        LOG.info("Help requested at button {}", id());
        listeners.fire(listener -> listener.helpRequested(when));
    }

    @Override
    public void addHelpListener(HelpListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeHelpListener(HelpListener listener) {
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
