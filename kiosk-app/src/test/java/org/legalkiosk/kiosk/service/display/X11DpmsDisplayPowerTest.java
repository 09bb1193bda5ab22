package org.legalkiosk.kiosk.service.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.process.Executables;
import org.legalkiosk.devices.process.ProcessOutput;

class X11DpmsDisplayPowerTest {

    private final List<List<String>> commands = new ArrayList<>();

    @Test
    void offForcesDpmsOffAndOnForcesItOnThenDisablesBlanking() {
        X11DpmsDisplayPower power = new X11DpmsDisplayPower("/usr/bin/xset", command -> {
            commands.add(command);
            return new ProcessOutput(0, new byte[0], false, new byte[0], false);
        });
        power.off();
        power.on();
        assertEquals(
                List.of(
                        List.of("/usr/bin/xset", "s", "off", "+dpms", "dpms", "force", "off"),
                        List.of("/usr/bin/xset", "+dpms", "dpms", "force", "on"),
                        List.of("/usr/bin/xset", "s", "off", "-dpms")),
                commands);
        assertEquals("x11-dpms", power.mechanism());
    }

    @Test
    void anXsetThatFailsIsLoggedAndTheKioskGoesOn() {
        X11DpmsDisplayPower power = new X11DpmsDisplayPower("/usr/bin/xset", command -> {
            commands.add(command);
            return new ProcessOutput(
                    1,
                    new byte[0],
                    false,
                    "xset:  unable to open display \"\"".getBytes(StandardCharsets.UTF_8),
                    false);
        });
        power.off();
        power.on();
        assertEquals(3, commands.size(), "each command tried, none thrown");
    }

    @Test
    void theSessionChoosesTheMechanism() {
        assertInstanceOf(
                SimulatedDisplayPower.class,
                DisplayPowers.choose(true, Map.of("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0")));
        assertInstanceOf(
                CurtainDisplayPower.class,
                DisplayPowers.choose(false, Map.of("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0")),
                "under cage Xwayland's DISPLAY is set too, but its DPMS does nothing");
        Class<? extends DisplayPower> bareX =
                Executables.isInstalled("xset") ? X11DpmsDisplayPower.class : CurtainDisplayPower.class;
        assertEquals(bareX, DisplayPowers.choose(false, Map.of("DISPLAY", ":0")).getClass());
        assertInstanceOf(CurtainDisplayPower.class, DisplayPowers.choose(false, Map.of()));
    }
}
