package org.legalkiosk.devices.gpio;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@link LightPattern} into on/off switches of one LED; shared by the real light and its twin. */
final class Blinker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Blinker.class);

    private final Ticker ticker;
    private final Consumer<Boolean> led;
    private LightPattern pattern = LightPattern.OFF;
    private AutoCloseable blinking;
    private boolean lit;

    Blinker(Ticker ticker, Consumer<Boolean> led) {
        this.ticker = ticker;
        this.led = led;
        set(false);
    }

    synchronized void show(LightPattern next) {
        stopBlinking();
        pattern = next;
        set(next != LightPattern.OFF);
        if (next.blinks()) {
            blinking = ticker.every(next.halfPeriod(), this::toggle);
        }
    }

    synchronized LightPattern pattern() {
        return pattern;
    }

    synchronized boolean isLit() {
        return lit;
    }

    private synchronized void toggle() {
        set(!lit);
    }

    private void set(boolean on) {
        lit = on;
        led.accept(on);
    }

    private void stopBlinking() {
        if (blinking != null) {
            try {
                blinking.close();
            } catch (Exception e) {
                LOG.debug("Stopping the blink failed", e);
            }
            blinking = null;
        }
    }

    @Override
    public synchronized void close() {
        stopBlinking();
        pattern = LightPattern.OFF;
        set(false);
    }
}
