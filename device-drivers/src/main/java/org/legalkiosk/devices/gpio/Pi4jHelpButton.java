package org.legalkiosk.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/**
 * A push button between a GPIO input (pull-down, default BCM 24) and 3.3 V. Pi4J filters contact bounce (10 ms);
 * on top, presses closer together than the debounce interval count once.
 */
public final class Pi4jHelpButton implements HelpButton {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jHelpButton.class);
    public static final int DEFAULT_BCM = 24;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(2);

    private final String id;
    private final GpioPin<DigitalInput> pin;
    private final Debouncer debouncer;
    private final List<HelpListener> listeners = new CopyOnWriteArrayList<>();

    public Pi4jHelpButton(Context pi4j, String id, int bcm) {
        this(pi4j, id, bcm, DEFAULT_DEBOUNCE, Clock.systemUTC());
    }

    public Pi4jHelpButton(Context pi4j, String id, int bcm, Duration debounce, Clock clock) {
        this.id = id;
        this.debouncer = new Debouncer(clock, debounce);
        this.pin = new GpioPin<>(pi4j, id, DeviceKind.HELP_BUTTON, bcm, clock,
                context -> context.create(DigitalInput.newConfigBuilder(context).id(id).name("help button")
                        .address(bcm).pull(PullResistance.PULL_DOWN).debounce(10_000L)));
        pin.io().ifPresent(input -> input.addListener(event -> {
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
        LOG.info("Help requested at button {}", id);
        for (HelpListener listener : listeners) {
            try {
                listener.helpRequested(when);
            } catch (RuntimeException e) {
                LOG.warn("Help listener failed", e);
            }
        }
    }

    @Override
    public void addHelpListener(HelpListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeHelpListener(HelpListener listener) {
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
