package org.legalkiosk.devices.idcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by {@code socat}: two links that behave like the two ends of a serial cable.
 * Stopping it is pulling the cable: both links disappear and open ports see end of stream.
 */
public final class SocatPair implements AutoCloseable {

    public static final String MISSING = "socat is not installed (apt-get install -y socat): serial tests skipped";

    private final Path driverEnd;
    private final Path deviceEnd;
    private final Process process;

    private SocatPair(Path driverEnd, Path deviceEnd, Process process) {
        this.driverEnd = driverEnd;
        this.deviceEnd = deviceEnd;
        this.process = process;
    }

    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("socat", "-V")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static SocatPair start(Path driverEnd, Path deviceEnd) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "socat", "-d", "-d", "pty,raw,echo=0,link=" + driverEnd, "pty,raw,echo=0,link=" + deviceEnd)
                .redirectErrorStream(true)
                .redirectOutput(driverEnd.resolveSibling("socat.log").toFile())
                .start();
        SocatPair pair = new SocatPair(driverEnd, deviceEnd, process);
        if (!Waits.until(() -> Files.exists(driverEnd) && Files.exists(deviceEnd) || !process.isAlive())
                || !process.isAlive()) {
            pair.close();
            throw new IOException("socat did not create " + driverEnd + " and " + deviceEnd);
        }
        return pair;
    }

    public String driverEnd() {
        return driverEnd.toString();
    }

    public String deviceEnd() {
        return deviceEnd.toString();
    }

    /** Pulls the cable: stops socat (by its own handle) and waits until the links are gone. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Waits.until(() -> !Files.exists(driverEnd) && !Files.exists(deviceEnd));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
