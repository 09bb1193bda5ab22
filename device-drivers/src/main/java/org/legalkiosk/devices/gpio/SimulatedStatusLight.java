package org.legalkiosk.devices.gpio;

import java.time.Instant;

import org.legalkiosk.devices.DeviceStatus;

/** The status light's twin: blinks in memory, so the demo panel can draw it and tests can check it. */
public final class SimulatedStatusLight implements StatusLight {

    private final String id;
    private final Blinker blinker;
    private final Instant since = Instant.now();

    public SimulatedStatusLight(String id, Ticker ticker) {
        this.id = id;
        this.blinker = new Blinker(ticker, on -> { });
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
        return DeviceStatus.ready(id, kind(), since);
    }

    @Override
    public void close() {
        blinker.close();
    }
}
