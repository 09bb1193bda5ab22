package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A USB webcam through V4L2, one {@code ffmpeg} process per picture:
 * {@code ffmpeg -f v4l2 -i /dev/videoN -frames:v 1 -f image2pipe -c:v png -}. A process per picture costs a
 * second but ships no native library, and a camera that hangs is killed with its process.
 */
public final class FfmpegCamera extends TrackedDevice implements Camera {

    /**
     * @param ffmpeg      the program, a name on the PATH or a path
     * @param format      the input format: {@code v4l2} for a webcam; {@code lavfi} feeds ffmpeg's test sources
     * @param input       the device ({@code /dev/video0}) or, for lavfi, the source ({@code testsrc=size=640x480})
     * @param videoSize   e.g. {@code 1280x720}, or empty for the camera's default
     * @param inputFormat e.g. {@code mjpeg}, or empty for the camera's default
     */
    public record Settings(String ffmpeg, String format, String input, String videoSize, String inputFormat) {

        public Settings {
            Objects.requireNonNull(ffmpeg, "ffmpeg");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(input, "input");
            videoSize = videoSize == null ? "" : videoSize;
            inputFormat = inputFormat == null ? "" : inputFormat;
        }

        public static Settings v4l2(String device) {
            return new Settings("ffmpeg", "v4l2", device, "", "");
        }

        /** From a device entry: {@code device} (default /dev/video0), {@code videoSize}, {@code inputFormat}, {@code ffmpeg}. */
        public static Settings from(DeviceConfig config) {
            return new Settings(
                    config.property("ffmpeg", "ffmpeg"),
                    "v4l2",
                    config.property("device", "/dev/video0"),
                    config.property("videoSize", ""),
                    config.property("inputFormat", ""));
        }
    }

    private final Settings settings;

    public FfmpegCamera(String id, Settings settings, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The command that takes one picture and writes it as PNG to standard output. */
    public List<String> command() {
        List<String> command = new ArrayList<>(
                List.of(settings.ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-f", settings.format()));
        if (!settings.inputFormat().isEmpty()) {
            command.addAll(List.of("-input_format", settings.inputFormat()));
        }
        if (!settings.videoSize().isEmpty()) {
            command.addAll(List.of("-video_size", settings.videoSize()));
        }
        command.addAll(List.of("-i", settings.input(), "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-"));
        return command;
    }

    @Override
    public BufferedImage capture(Duration timeout) throws CameraException, InterruptedException {
        return StillProcess.capture(command(), timeout, tracker());
    }

    /** Cheap checks only (the program and the device file exist); a picture is taken only on request. */
    @Override
    public DeviceStatus status() {
        if (Executables.find(settings.ffmpeg()).isEmpty()) {
            return tracker().update(DeviceState.DISCONNECTED, "tool-missing", settings.ffmpeg() + " is not installed");
        }
        if ("v4l2".equals(settings.format()) && !Files.exists(Path.of(settings.input()))) {
            return tracker().update(DeviceState.DISCONNECTED, "no-device", settings.input() + " does not exist");
        }
        DeviceStatus current = tracker().current();
        if (current.state() == DeviceState.BUSY || current.state() == DeviceState.NEEDS_ATTENTION) {
            return current;
        }
        return tracker().update(DeviceState.READY, "", "");
    }

    @Override
    public void close() {
        // nothing held between pictures
    }
}
