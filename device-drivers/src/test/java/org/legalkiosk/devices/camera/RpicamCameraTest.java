package org.legalkiosk.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.devices.DeviceState;

class RpicamCameraTest {

    @Test
    void buildsAStillCommandWithoutPreviewWritingPngToStandardOutput() {
        RpicamCamera camera =
                new RpicamCamera("cam", new RpicamCamera.Settings("rpicam-still", 1920, 1080, 1), Clock.systemUTC());
        assertEquals(
                List.of(
                        "rpicam-still",
                        "-n",
                        "-t",
                        "1",
                        "--camera",
                        "1",
                        "-e",
                        "png",
                        "--width",
                        "1920",
                        "--height",
                        "1080",
                        "-o",
                        "-"),
                camera.command());
    }

    @Test
    void reportsAMissingProgramAsDisconnected() {
        RpicamCamera camera = new RpicamCamera(
                "cam", new RpicamCamera.Settings("/nonexistent/rpicam-still", 0, 0, 0), Clock.systemUTC());
        assertEquals(DeviceState.DISCONNECTED, camera.status().state());
        assertEquals("tool-missing", camera.status().reason());
    }
}
