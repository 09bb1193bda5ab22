package org.legalkiosk.kiosk.service.display;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cage session on Debian 12 (docs/decisions/0020): cage 0.1.4 offers no protocol to power an output down
 * (wlr-output-power-management is not in it, and disabling its only output makes it exit), and Xwayland's DPMS
 * does nothing. So the kiosk itself draws a black curtain over the whole screen: the panel shows black and
 * nothing burns in, though its backlight stays lit. The screen (a listener) draws it; a touch lifts it.
 */
public final class CurtainDisplayPower implements DisplayPower {

    /** The screen's side: shows or removes the black curtain. Called from the schedule's thread. */
    public interface Curtain {
        void drawn(boolean drawn);
    }

    private final List<Curtain> curtains = new CopyOnWriteArrayList<>();
    private volatile boolean drawn;

    public void attach(Curtain curtain) {
        curtains.add(Objects.requireNonNull(curtain));
        curtain.drawn(drawn);
    }

    @Override
    public void on() {
        set(false);
    }

    @Override
    public void off() {
        set(true);
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
        return "curtain";
    }
}
