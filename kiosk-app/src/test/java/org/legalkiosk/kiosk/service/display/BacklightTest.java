package org.legalkiosk.kiosk.service.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder laid out as {@code /sys/class/backlight} is: one folder per panel, each with its {@code bl_power}. */
class BacklightTest {

    @TempDir
    Path sys;

    private Path panel(String name) throws Exception {
        Path dir = Files.createDirectories(sys.resolve(name));
        Files.writeString(dir.resolve("bl_power"), "0\n");
        Files.writeString(dir.resolve("brightness"), "255\n");
        return dir.resolve("bl_power");
    }

    @Test
    void underCageTheNightTurnsTheBacklightOffBehindTheCurtainAndATouchTurnsItOnFirst() throws Exception {
        Path control = panel("10-0045");
        DisplayPower power = DisplayPowers.choose(false, Map.of("WAYLAND_DISPLAY", "wayland-0"), sys);
        CurtainDisplayPower curtain = (CurtainDisplayPower) power;
        assertEquals("curtain+backlight", power.mechanism());
        StringBuilder seen = new StringBuilder();
        curtain.attach(drawn ->
                seen.append(drawn ? "drawn@" : "lifted@").append(read(control)).append(' '));

        power.off();
        assertEquals("4", read(control), "powered down");
        assertTrue(curtain.isDrawn());
        power.on();
        assertEquals("0", read(control));
        assertFalse(curtain.isDrawn());
        assertEquals(
                "lifted@0 drawn@0 lifted@0 ",
                seen.toString(),
                "the curtain is drawn while the panel is still lit, and lifted only once it is lit again");
    }

    @Test
    void aScreenWithoutABacklightKeepsTheCurtainAlone() {
        DisplayPower power = DisplayPowers.choose(false, Map.of("WAYLAND_DISPLAY", "wayland-0"), sys.resolve("none"));
        assertEquals("curtain", power.mechanism());
        power.off();
        assertTrue(((CurtainDisplayPower) power).isDrawn());
    }

    @Test
    void aBacklightThatRefusesTheWriteLeavesTheCurtainToBlankTheScreen() throws Exception {
        Path control = panel("rpi_backlight");
        Backlight backlight = Backlight.find(sys);
        assertEquals(java.util.List.of(control), backlight.controls());
        // The panel is unplugged after start: its control is gone and a folder stands in its way.
        Files.delete(control);
        Files.createDirectory(control);
        CurtainDisplayPower power = new CurtainDisplayPower(backlight);
        power.off();
        power.off();
        assertTrue(power.isDrawn(), "the picture is still blanked");
        power.on();
        assertFalse(power.isDrawn());
    }

    @Test
    void everyPanelIsSwitchedAndFoldersWithoutAControlAreSkipped() throws Exception {
        Path first = panel("a-panel");
        Path second = panel("b-panel");
        Files.createDirectories(sys.resolve("acpi_video0")); // no bl_power
        Backlight backlight = Backlight.find(sys);
        assertEquals(java.util.List.of(first, second), backlight.controls());
        backlight.off();
        assertEquals("4", read(first));
        assertEquals("4", read(second));
    }

    @Test
    void theDemoAndAHeadlessKioskNeverTouchABacklight() throws Exception {
        Path control = panel("10-0045");
        DisplayPower power = DisplayPowers.choose(true, Map.of("WAYLAND_DISPLAY", "wayland-0"), sys);
        power.off();
        assertEquals("0", read(control));
    }

    private static String read(Path control) {
        try {
            return Files.readString(control).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
