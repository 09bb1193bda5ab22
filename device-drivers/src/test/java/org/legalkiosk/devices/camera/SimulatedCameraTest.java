package org.legalkiosk.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceState;

class SimulatedCameraTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    @Test
    void servesTheFolderInNameOrderAndStartsAgain() throws Exception {
        ImageIO.write(QrImages.qr("first", 200), "png", folder.resolve("a.png").toFile());
        ImageIO.write(QrImages.qr("second", 200), "png", folder.resolve("b.png").toFile());
        QrScanner scanner = new QrScanner();
        try (SimulatedCamera camera = new SimulatedCamera("cam", folder, Clock.systemUTC())) {
            assertEquals(Optional.of("first"), scanner.decode(camera.capture(TIMEOUT)));
            assertEquals(Optional.of("second"), scanner.decode(camera.capture(TIMEOUT)));
            assertEquals(Optional.of("first"), scanner.decode(camera.capture(TIMEOUT)));
        }
    }

    @Test
    void aShownPictureComesNext() throws Exception {
        try (SimulatedCamera camera = new SimulatedCamera("cam", null, Clock.systemUTC())) {
            camera.show(QrImages.qr("queued", 200));
            assertEquals(Optional.of("queued"), new QrScanner().decode(camera.capture(TIMEOUT)));
            assertEquals(640, camera.capture(TIMEOUT).getWidth());
        }
    }

    @Test
    void unplugMakesItDisconnectedUntilPluggedIn() throws Exception {
        try (SimulatedCamera camera = new SimulatedCamera("cam", null, Clock.systemUTC())) {
            camera.unplug();
            assertEquals(DeviceState.DISCONNECTED, camera.status().state());
            assertEquals(
                    "no-device",
                    assertThrows(CameraException.class, () -> camera.capture(TIMEOUT))
                            .reason());
            camera.plugIn();
            assertEquals(DeviceState.READY, camera.status().state());
        }
    }
}
