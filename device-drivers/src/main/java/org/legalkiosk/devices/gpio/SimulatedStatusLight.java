package org.legalkiosk.devices.gpio;

import java.time.Clock;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/** The status light's twin: blinks in memory, so the demo panel can draw it and tests can check it. */
public final class SimulatedStatusLight extends TrackedDevice implements StatusLight {

    private final Blinker blinker;

    public SimulatedStatusLight(String id, Ticker ticker) {
        this(id, ticker, Clock.systemUTC());
    }

    public SimulatedStatusLight(String id, Ticker ticker, Clock clock) {
        super(id, clock, InitialStatus.READY);
        this.blinker = new Blinker(ticker, on -> {});
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
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void close() {
        blinker.close();
    }
}
