package org.legalkiosk.kiosk.service.display;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cage session on Debian 12 (docs/decisions/0020): cage 0.1.4 offers no protocol to power an output down
 * (wlr-output-power-management is not in it, and disabling its only output makes it exit), and Xwayland's DPMS
 * does nothing. So the kiosk itself draws a black curtain over the whole screen: the panel shows black and
 * nothing burns in. The screen (a listener) draws it; a touch lifts it. Where the panel has a backlight the kiosk may
 * switch ({@link Backlight}: the Raspberry Pi's DSI touchscreen), that goes off behind the curtain and on before it
 * lifts, so the hall is dark at night and the first thing seen after a touch is the kiosk, not black.
 */
public final class CurtainDisplayPower implements DisplayPower {

    /** The screen's side: shows or removes the black curtain. Called from the schedule's thread. */
    public interface Curtain {
        void drawn(boolean drawn);
    }

    private final List<Curtain> curtains = new CopyOnWriteArrayList<>();
    private final Backlight backlight;
    private volatile boolean drawn;

    /** The curtain alone: the backlight (if any) stays lit. */
    public CurtainDisplayPower() {
        this(Backlight.none());
    }

    public CurtainDisplayPower(Backlight backlight) {
        this.backlight = Objects.requireNonNull(backlight);
    }

    public void attach(Curtain curtain) {
        curtains.add(Objects.requireNonNull(curtain));
        curtain.drawn(drawn);
    }

    @Override
    public void on() {
        backlight.on();
        set(false);
    }

    @Override
    public void off() {
        set(true);
        backlight.off();
    }

    public boolean isDrawn() {
        return drawn;
    }

    private void set(boolean value) {
        drawn = value;
        curtains.forEach(c -> c.drawn(value));
    }

    @Override
    public String mechanism() {
        return backlight.present() ? "curtain+backlight" : "curtain";
    }
}
