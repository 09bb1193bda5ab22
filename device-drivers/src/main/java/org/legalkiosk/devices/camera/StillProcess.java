package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;

import org.legalkiosk.devices.DeviceStatusTracker;
import org.legalkiosk.devices.process.ProcessOutput;
import org.legalkiosk.devices.process.ProcessRunException;
import org.legalkiosk.devices.process.ProcessRunner;

/**
 * Takes a picture with a command that writes one image to its standard output, bounded by a timeout (a command
 * still running then is killed with its children, so a hung camera never holds the kiosk), and tells the camera's
 * tracker how it went.
 */
final class StillProcess {

    private static final int MAX_ERROR_CHARS = 400;

    private StillProcess() {}

    /** Busy while the command runs; ready after a picture; disconnected or needing attention after a failure. */
    static BufferedImage capture(List<String> command, Duration timeout, DeviceStatusTracker tracker)
            throws CameraException, InterruptedException {
        tracker.busy();
        try {
            BufferedImage image = run(command, timeout);
            tracker.ready();
            return image;
        } catch (CameraException e) {
            if ("no-device".equals(e.reason()) || "tool-missing".equals(e.reason())) {
                tracker.disconnected(e.reason(), e.getMessage());
            } else {
                tracker.needsAttention(e.reason(), e.getMessage());
            }
            throw e;
        }
    }

    private static BufferedImage run(List<String> command, Duration timeout)
            throws CameraException, InterruptedException {
        String program = command.get(0);
        ProcessOutput output;
        try {
            output = new ProcessRunner(timeout).run(command);
        } catch (ProcessRunException e) {
            throw switch (e.kind()) {
                case NOT_STARTED ->
                    new CameraException("tool-missing", "Cannot start " + program + ": " + e.startFailure());
                case TIMED_OUT ->
                    new CameraException(
                            "timeout",
                            program + " gave no picture within " + timeout.toMillis() + " ms and was stopped");
            };
        }
        String errors = tail(output.stderrText());
        if (!output.succeeded()) {
            throw new CameraException(reasonFor(errors), program + " failed (exit " + output.exit() + "): " + errors);
        }
        byte[] image = output.stdout();
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new CameraException(
                        "bad-image", program + " wrote " + image.length + " bytes that are not a readable image");
            }
            return decoded;
        } catch (IOException e) {
            throw new CameraException("bad-image", "Cannot read the picture: " + e.getMessage());
        }
    }

    private static String reasonFor(String errors) {
        String lower = errors.toLowerCase();
        if (lower.contains("no such file") || lower.contains("no cameras available")) {
            return "no-device";
        }
        if (lower.contains("busy")) {
            return "busy";
        }
        return "capture-failed";
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_ERROR_CHARS ? trimmed : trimmed.substring(trimmed.length() - MAX_ERROR_CHARS);
    }
}
