package org.legalkiosk.kiosk.service.display;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel's backlight through the kernel's backlight class ({@code /sys/class/backlight/<name>/bl_power}: 0 lit,
 * 4 powered down): the Raspberry Pi's DSI touchscreens ({@code rpi_backlight}, {@code 10-0045}) and laptop-style
 * panels of small x86 boxes have one; an HDMI monitor has none. The black curtain alone leaves the backlight lit
 * all night in an empty hall; this turns it off too. The package's udev rule gives the kiosk's group write access.
 * A backlight that refuses a write is logged once and left: the curtain still blanks the picture.
 */
public final class Backlight {

    private static final Logger LOG = LoggerFactory.getLogger(Backlight.class);

    /** Where Linux lists backlights. */
    public static final Path SYS_CLASS_BACKLIGHT = Path.of("/sys/class/backlight");

    static final String LIT = "0";
    static final String POWERED_DOWN = "4";

    private final List<Path> controls;
    private volatile boolean warned;

    private Backlight(List<Path> controls) {
        this.controls = List.copyOf(controls);
    }

    /** No backlight to switch (an HDMI monitor, the demo). */
    public static Backlight none() {
        return new Backlight(List.of());
    }

    /** Every backlight under {@code sysClassBacklight} whose {@code bl_power} this process may write. */
    public static Backlight find(Path sysClassBacklight) {
        if (!Files.isDirectory(sysClassBacklight)) {
            return none();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> devices = Files.list(sysClassBacklight)) {
            devices.sorted()
                    .map(d -> d.resolve("bl_power"))
                    .filter(Files::isRegularFile)
                    .forEach(control -> {
                        if (Files.isWritable(control)) {
                            found.add(control);
                        } else {
                            // Expected for panels the unit does not open (a mini PC's intel_backlight): not a fault.
                            LOG.info(
                                    "Backlight {} is not writable by the kiosk: at night the black curtain alone "
                                            + "blanks the screen (the package opens the Raspberry Pi panels' controls)",
                                    control);
                        }
                    });
        } catch (IOException e) {
            LOG.warn("Could not list backlights in {}: {}", sysClassBacklight, e.getMessage());
        }
        return new Backlight(found);
    }

    public boolean present() {
        return !controls.isEmpty();
    }

    /** The controls written, for the log and tests. */
    public List<Path> controls() {
        return controls;
    }

    public void on() {
        write(LIT);
    }

    public void off() {
        write(POWERED_DOWN);
    }

    private void write(String value) {
        for (Path control : controls) {
            try {
                Files.writeString(control, value, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                if (!warned) {
                    warned = true;
                    LOG.warn(
                            "Backlight {} refused {}: {}; the curtain still blanks the screen",
                            control,
                            value,
                            e.getMessage());
                }
            }
        }
    }
}
