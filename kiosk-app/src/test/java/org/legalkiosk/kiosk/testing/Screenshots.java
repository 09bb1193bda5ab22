package org.legalkiosk.kiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.legalkiosk.kiosk.app.ScreenPng;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what the scene shows as a PNG under {@code target/screenshots/}, for people to look at. */
public final class Screenshots {

    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {}

    public static Path save(Scene scene, String name) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image =
                    WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Path file = DIR.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ScreenPng.encode(image));
            return file;
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("screenshot " + name + " failed", e);
        }
    }
}
