package org.legalkiosk.devices.camera;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;

/**
 * The camera's twin: serves the images of a folder one after another (sorted by name, then again from the
 * start), or a plain grey frame when it has no folder. Tests queue a picture with {@link #show} and pull the
 * cable with {@link #unplug()}.
 */
public final class SimulatedCamera extends TrackedDevice implements Camera {

    private final Path folder;
    private final Deque<BufferedImage> queued = new ArrayDeque<>();
    private int next;
    private boolean unplugged;

    /** @param folder images to serve (png, jpg, bmp, gif), or {@code null} for a grey frame */
    public SimulatedCamera(String id, Path folder, Clock clock) {
        super(id, clock, InitialStatus.READY);
        this.folder = folder;
    }

    /** The next capture returns this picture (before any from the folder). */
    public synchronized void show(BufferedImage image) {
        queued.add(image);
    }

    public synchronized void unplug() {
        unplugged = true;
        tracker().disconnected("no-device", "The simulated camera is unplugged");
    }

    public synchronized void plugIn() {
        unplugged = false;
        tracker().ready();
    }

    @Override
    public synchronized BufferedImage capture(Duration timeout) throws CameraException {
        if (unplugged) {
            throw new CameraException("no-device", "The simulated camera is unplugged");
        }
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        if (folder == null) {
            return greyFrame();
        }
        List<Path> images = images();
        if (images.isEmpty()) {
            throw new CameraException("no-images", "No images in " + folder);
        }
        Path file = images.get(next++ % images.size());
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new CameraException("bad-image", file + " is not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new CameraException("bad-image", "Cannot read " + file + ": " + e.getMessage());
        }
    }

    private List<Path> images() throws CameraException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|bmp|gif)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CameraException("no-images", "Cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static BufferedImage greyFrame() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, 640, 480);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public synchronized DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void close() {
        synchronized (this) {
            queued.clear();
        }
    }
}
