package org.legalkiosk.devices.gpio;

import java.time.Clock;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import org.legalkiosk.devices.DeviceKind;
import org.legalkiosk.devices.DeviceStatus;

/** An LED (with its resistor) on a GPIO output, default BCM 18; HIGH lights it, and it goes dark on shutdown. */
public final class Pi4jStatusLight implements StatusLight {

    public static final int DEFAULT_BCM = 18;

    private final String id;
    private final GpioPin<DigitalOutput> pin;
    private final Blinker blinker;

    public Pi4jStatusLight(Context pi4j, String id, int bcm, Ticker ticker) {
        this.id = id;
        this.pin = new GpioPin<>(pi4j, id, DeviceKind.STATUS_LIGHT, bcm, Clock.systemUTC(),
                context -> context.create(DigitalOutput.newConfigBuilder(context).id(id).name("status light")
                        .address(bcm).initial(DigitalState.LOW).shutdown(DigitalState.LOW)));
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
        blinker.close();
        pin.close();
    }
}
