package org.legalkiosk.devices.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

/**
 * Runs a command that writes one image to its standard output, bounded by a timeout: a command still running
 * then is killed with its children, so a hung camera never holds the kiosk.
 */
final class StillProcess {

    private static final int MAX_ERROR_CHARS = 400;

    private StillProcess() {
    }

    static BufferedImage run(List<String> command, Duration timeout) throws CameraException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new CameraException("tool-missing", "Cannot start " + command.get(0) + ": " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            // both streams are drained on their own threads so neither can fill up and stall the tool
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new CameraException("timeout", command.get(0) + " gave no picture within " + timeout.toMillis()
                        + " ms and was stopped");
            }
            byte[] image = get(out, timeout);
            String errors = tail(new String(get(err, timeout), StandardCharsets.UTF_8));
            if (process.exitValue() != 0) {
                throw new CameraException(reasonFor(errors), command.get(0) + " failed (exit " + process.exitValue()
                        + "): " + errors);
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new CameraException("bad-image", command.get(0) + " wrote " + image.length
                        + " bytes that are not a readable image");
            }
            return decoded;
        } catch (IOException e) {
            throw new CameraException("bad-image", "Cannot read the picture: " + e.getMessage());
        } finally {
            if (process.isAlive()) {
                kill(process);
            }
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

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                return buffer.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        }, task -> {
            Thread thread = new Thread(task, "camera-output");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static byte[] get(CompletableFuture<byte[]> future, Duration timeout) throws InterruptedException {
        try {
            return future.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new byte[0];
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_ERROR_CHARS ? trimmed : trimmed.substring(trimmed.length() - MAX_ERROR_CHARS);
    }
}
