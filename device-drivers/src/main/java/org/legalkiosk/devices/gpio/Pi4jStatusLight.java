package org.legalkiosk.devices.gpio;

import java.time.Clock;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/** An LED (with its resistor) on a GPIO output, default BCM 18; HIGH lights it, and it goes dark on shutdown. */
public final class Pi4jStatusLight extends TrackedDevice implements StatusLight {

    public static final int DEFAULT_BCM = 18;

    private final GpioPin<DigitalOutput> pin;
    private final Blinker blinker;

    public Pi4jStatusLight(Context pi4j, String id, int bcm, Ticker ticker) {
        this(pi4j, id, bcm, ticker, Clock.systemUTC());
    }

    public Pi4jStatusLight(Context pi4j, String id, int bcm, Ticker ticker, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.pin = new GpioPin<>(
                pi4j,
                id,
                bcm,
                tracker(),
                context -> context.create(DigitalOutput.newConfigBuilder(context)
                        .id(id)
                        .name("status light")
                        .address(bcm)
                        .initial(DigitalState.LOW)
                        .shutdown(DigitalState.LOW)));
        this.blinker = new Blinker(ticker, on -> pin.io().ifPresent(led -> led.state(DigitalState.getState(on))));
    }

    @Override
    public void show(LightPattern pattern) {
        blinker.show(pattern);
    }

    @Override
    public LightPattern pattern() {
        return blinker.pattern();
    }

    @Override
    public boolean isLit() {
        return blinker.isLit();
    }

    /** Whether the pin could be claimed; a claimed output has nothing more to check. */
    @Override
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void close() {
        blinker.close();
        pin.close();
    }
}
