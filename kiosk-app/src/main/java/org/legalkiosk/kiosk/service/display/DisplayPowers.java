package org.legalkiosk.kiosk.service.display;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.legalkiosk.devices.process.Executables;

/**
 * Chooses how this terminal blanks its screen, from the session it runs in (docs/decisions/0020): the demo and a
 * headless kiosk get the simulated twin; under a Wayland compositor (the package's cage session) the black
 * curtain (with the panel's backlight switched off behind it where the kiosk may write it); under a bare X server
 * with {@code xset} installed, DPMS.
 */
public final class DisplayPowers {

    private DisplayPowers() {}

    /** @param env the process environment: cage sets {@code WAYLAND_DISPLAY} for the kiosk, X sets {@code DISPLAY} */
    public static DisplayPower choose(boolean simulated, Map<String, String> env) {
        return choose(simulated, env, Backlight.SYS_CLASS_BACKLIGHT);
    }

    /** @param backlights where to look for backlights ({@link Backlight#SYS_CLASS_BACKLIGHT}; a folder in tests) */
    public static DisplayPower choose(boolean simulated, Map<String, String> env, Path backlights) {
        if (simulated) {
            return new SimulatedDisplayPower();
        }
        if (isSet(env, "WAYLAND_DISPLAY")) {
            return new CurtainDisplayPower(Backlight.find(backlights));
        }
        if (isSet(env, "DISPLAY")) {
            Optional<String> xset = Executables.find("xset").map(Object::toString);
            if (xset.isPresent()) {
                return new X11DpmsDisplayPower(xset.get());
            }
        }
        return new CurtainDisplayPower(Backlight.find(backlights));
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
