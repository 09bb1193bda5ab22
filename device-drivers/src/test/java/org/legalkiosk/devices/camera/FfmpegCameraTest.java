package org.legalkiosk.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.process.Executables;

/** The real driver against ffmpeg's own test sources (skipped, saying so, where ffmpeg is not installed). */
class FfmpegCameraTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private static void assumeFfmpeg() {
        assumeTrue(
                Executables.find("ffmpeg").isPresent(),
                "ffmpeg is not installed (apt-get install ffmpeg): skipping the capture tests");
    }

    @Test
    void buildsAV4l2CommandThatWritesOnePngToStandardOutput() {
        FfmpegCamera camera = new FfmpegCamera(
                "cam",
                new FfmpegCamera.Settings("ffmpeg", "v4l2", "/dev/video2", "1280x720", "mjpeg"),
                Clock.systemUTC());
        assertEquals(
                List.of(
                        "ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-nostdin",
                        "-f",
                        "v4l2",
                        "-input_format",
                        "mjpeg",
                        "-video_size",
                        "1280x720",
                        "-i",
                        "/dev/video2",
                        "-frames:v",
                        "1",
                        "-f",
                        "image2pipe",
                        "-c:v",
                        "png",
                        "-"),
                camera.command());
    }

    @Test
    void capturesAFrameFromFfmpegsTestSource() throws Exception {
        assumeFfmpeg();
        try (FfmpegCamera camera = new FfmpegCamera(
                "cam",
                new FfmpegCamera.Settings("ffmpeg", "lavfi", "testsrc=size=640x480", "", ""),
                Clock.systemUTC())) {
            BufferedImage frame = camera.capture(GENEROUS);
            assertEquals(640, frame.getWidth());
            assertEquals(480, frame.getHeight());
            assertEquals(DeviceState.READY, camera.status().state());
        }
    }

    @Test
    void findsAQrCodeInAFrameFfmpegReadsFromAPicture() throws Exception {
        assumeFfmpeg();
        Path picture = temp.resolve("slip.png");
        ImageIO.write(QrImages.inFrame(QrImages.qr("LK-BOOKING:0042", 240), 20, 1.0), "png", picture.toFile());
        // the movie source reads a picture file as a one-frame video, through the same pipe as a webcam frame
        String source = "movie=" + picture.toString().replace(":", "\\\\:");
        try (FfmpegCamera camera = new FfmpegCamera(
                "cam", new FfmpegCamera.Settings("ffmpeg", "lavfi", source, "", ""), Clock.systemUTC())) {
            assertEquals(Optional.of("LK-BOOKING:0042"), new QrScanner().decode(camera.capture(GENEROUS)));
        }
    }

    @Test
    void aMissingDeviceFailsNamingTheDevice() throws Exception {
        assumeFfmpeg();
        try (FfmpegCamera camera =
                new FfmpegCamera("cam", FfmpegCamera.Settings.v4l2("/dev/video-missing-77"), Clock.systemUTC())) {
            assertEquals(DeviceState.DISCONNECTED, camera.status().state());
            assertEquals("no-device", camera.status().reason());
            CameraException e = assertThrows(CameraException.class, () -> camera.capture(GENEROUS));
            assertEquals("no-device", e.reason());
            assertTrue(e.getMessage().contains("/dev/video-missing-77"), e.getMessage());
            assertEquals(DeviceState.DISCONNECTED, camera.status().state());
        }
    }

    @Test
    void aCaptureThatHangsIsStoppedAtTheTimeoutAndItsProcessKilled() throws Exception {
        Path pidFile = temp.resolve("pid");
        Path hanging = temp.resolve("fake-ffmpeg");
        Files.writeString(hanging, "#!/bin/sh\necho $$ > " + pidFile + "\nexec sleep 600\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        try (FfmpegCamera camera = new FfmpegCamera(
                "cam",
                new FfmpegCamera.Settings(hanging.toString(), "v4l2", "/dev/video0", "", ""),
                Clock.systemUTC())) {
            CameraException e = assertThrows(CameraException.class, () -> camera.capture(Duration.ofMillis(2000)));
            assertEquals("timeout", e.reason());
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        // killing is asynchronous: wait (boundedly) for the process to be gone rather than sampling once
        ProcessHandle.of(pid)
                .ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void reportsAMissingFfmpegAsDisconnected() throws IOException {
        try (FfmpegCamera camera = new FfmpegCamera(
                "cam",
                new FfmpegCamera.Settings(temp.resolve("no-ffmpeg").toString(), "v4l2", "/dev/video0", "", ""),
                Clock.systemUTC())) {
            assertEquals(DeviceState.DISCONNECTED, camera.status().state());
            assertEquals("tool-missing", camera.status().reason());
        }
    }
}
