package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.devices.process.Executables;

/**
 * A real cupsd with a queue of its own (cups-pdf, or raw to an IPP printer), set up as docs/platform-notes.md
 * describes: reuses a scheduler that is already running, otherwise starts {@code cupsd -f} and stops it again;
 * always adds and removes its own queue. Skips the calling test, saying why, when not root or when CUPS (or for the
 * PDF queue, cups-pdf) is not installed.
 */
final class CupsServer implements AutoCloseable {

    static final Path OUTPUT = Path.of("/root/PDF");
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(20);
    private static final String PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd";

    private final String queue;
    private final List<String> device;
    private Process cupsd;

    private CupsServer(String queue, List<String> device) {
        this.queue = queue;
        this.device = device;
    }

    static CupsServer startWithPdfQueue(String queue) throws Exception {
        assumeTrue(
                Files.exists(Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")),
                "cups-pdf is not installed (apt-get install printer-driver-cups-pdf): skipping the CUPS tests");
        return start(new CupsServer(queue, List.of("-v", "cups-pdf:/", "-m", PPD)));
    }

    /** A raw queue that sends jobs as they are to the IPP printer at {@code uri}. */
    static CupsServer startWithQueue(String queue, String uri) throws Exception {
        return start(new CupsServer(queue, List.of("-v", uri, "-m", "raw")));
    }

    private static CupsServer start(CupsServer server) throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "not root: skipping the CUPS tests (cupsd needs root here)");
        assumeTrue(
                Files.isExecutable(Path.of("/usr/sbin/cupsd")) && Executables.isInstalled("lpadmin"),
                "CUPS is not installed (apt-get install cups cups-client cups-bsd): skipping the CUPS tests");
        try {
            server.start();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void start() throws Exception {
        if (!schedulerRunning()) {
            Files.createDirectories(Path.of("/run/cups"));
            cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!schedulerRunning()) {
                assumeTrue(cupsd.isAlive(), "cupsd exited at start: skipping the CUPS tests");
                assumeTrue(System.nanoTime() < deadline, "cupsd did not come up in 30 s: skipping the CUPS tests");
                Thread.sleep(100);
            }
        }
        List<String> add = new ArrayList<>(List.of("lpadmin", "-p", queue, "-E"));
        add.addAll(device);
        run(add.toArray(String[]::new));
    }

    private static boolean schedulerRunning() throws InterruptedException {
        Command.Output out = Command.run(List.of("lpstat", "-r"), TOOL_TIMEOUT);
        return out.ok() && out.out().contains("scheduler is running");
    }

    void run(String... command) throws InterruptedException {
        Command.Output out = Command.run(List.of(command), TOOL_TIMEOUT);
        if (!out.ok()) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.both());
        }
    }

    @Override
    public void close() throws Exception {
        Command.run(List.of("lpadmin", "-x", queue), TOOL_TIMEOUT);
        if (cupsd != null) {
            cupsd.destroy();
            if (!cupsd.onExit()
                    .completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.SECONDS)
                    .join()
                    .equals(cupsd)) {
                cupsd.destroyForcibly();
            }
        }
    }
}
