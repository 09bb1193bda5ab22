package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.legalkiosk.devices.process.Executables;

/**
 * The Raspberry Pi camera (CSI) through {@code rpicam-still} (the Bookworm name of libcamera-still), one
 * process per picture writing PNG to standard output.
 */
public final class RpicamCamera extends TrackedDevice implements Camera {

    /**
     * @param program the program, {@code rpicam-still} (or {@code libcamera-still} on older systems)
     * @param width   picture width, 0 for the sensor's default
     * @param height  picture height, 0 for the sensor's default
     * @param camera  the camera index when several are attached
     */
    public record Settings(String program, int width, int height, int camera) {

        public Settings {
            Objects.requireNonNull(program, "program");
        }

        public static Settings from(DeviceConfig config) {
            return new Settings(
                    config.property("program", "rpicam-still"),
                    config.intProperty("width", 0),
                    config.intProperty("height", 0),
                    config.intProperty("camera", 0));
        }
    }

    private final Settings settings;

    public RpicamCamera(String id, Settings settings, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<String> command() {
        // -n: no preview window; -t 1: take the picture at once instead of after the default 5 s
        List<String> command = new ArrayList<>(List.of(
                settings.program(), "-n", "-t", "1", "--camera", Integer.toString(settings.camera()), "-e", "png"));
        if (settings.width() > 0 && settings.height() > 0) {
            command.addAll(List.of(
                    "--width", Integer.toString(settings.width()), "--height", Integer.toString(settings.height())));
        }
        command.addAll(List.of("-o", "-"));
        return command;
    }

    @Override
    public BufferedImage capture(Duration timeout) throws CameraException, InterruptedException {
        return StillProcess.capture(command(), timeout, tracker());
    }

    @Override
    public DeviceStatus status() {
        if (Executables.find(settings.program()).isEmpty()) {
            return tracker().update(DeviceState.DISCONNECTED, "tool-missing", settings.program() + " is not installed");
        }
        DeviceStatus current = tracker().current();
        if (current.state() == DeviceState.BUSY
                || current.state() == DeviceState.NEEDS_ATTENTION
                || "no-device".equals(current.reason())) {
            return current;
        }
        return tracker().update(DeviceState.READY, "", "");
    }

    @Override
    public void close() {
        // nothing held between pictures
    }
}
