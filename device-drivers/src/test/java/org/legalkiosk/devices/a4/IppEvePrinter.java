package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.legalkiosk.devices.process.Executables;

/**
 * CUPS's IPP Everywhere test printer ({@code ippeveprinter}, package cups-ipp-utils) on a free loopback port, whose
 * paper tray runs empty at its first job: its print command is a script that says so through a {@code STATE:} line
 * on standard error, as a real printer notices an empty tray when it tries to feed paper. From then on it reports
 * {@code media-empty-report} while idle and holds every further job ({@code media-needed-warning}); it cannot be
 * refilled, since it runs its command only for jobs it prints, and it offers no operation to change its state.
 *
 * <p>ippeveprinter registers itself over DNS-SD and exits ("Unable to initialize DNS-SD") when no avahi-daemon
 * answers, even with {@code -r off}: {@link DnsSdDaemons} starts one (and the system bus) where it can, and the
 * calling test is skipped, saying so, where it cannot.
 */
final class IppEvePrinter implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final Process process;
    private final DnsSdDaemons dnsSd;

    private IppEvePrinter(int port, Process process, DnsSdDaemons dnsSd) {
        this.port = port;
        this.process = process;
        this.dnsSd = dnsSd;
    }

    static IppEvePrinter start(Path dir, String name) throws Exception {
        assumeTrue(
                Executables.isInstalled("ippeveprinter") && Executables.isInstalled("ipptool"),
                "ippeveprinter is not installed (apt-get install cups-ipp-utils): skipping the paper-out test");
        DnsSdDaemons dnsSd = DnsSdDaemons.ensureRunning();
        try {
            return start(dir, name, dnsSd);
        } catch (Exception | Error e) {
            dnsSd.close();
            throw e;
        }
    }

    private static IppEvePrinter start(Path dir, String name, DnsSdDaemons dnsSd) throws Exception {
        Path script = dir.resolve("print.sh");
        Files.writeString(script, """
                #!/bin/sh
                # ippeveprinter runs this for each job; STATE: lines on stderr set its printer-state-reasons
                echo "STATE: +media-empty-error" >&2
                exit 0
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        Path log = dir.resolve("ippeveprinter.log");
        Process process = new ProcessBuilder(
                        "ippeveprinter",
                        "-p",
                        Integer.toString(port),
                        "-r",
                        "off",
                        "-c",
                        script.toString(),
                        "-f",
                        "application/pdf,application/octet-stream",
                        name)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        IppEvePrinter printer = new IppEvePrinter(port, process, dnsSd);
        try {
            printer.awaitAnswering(log);
        } catch (Exception | Error e) {
            printer.stopPrinter();
            throw e;
        }
        return printer;
    }

    private void awaitAnswering(Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String said = Files.readString(log).strip();
                assumeTrue(
                        !said.contains("DNS-SD"),
                        "ippeveprinter needs a running avahi-daemon (" + said + "): skipping the paper-out test");
                throw new IllegalStateException("ippeveprinter exited: " + said);
            }
            Command.Output out = Command.run(
                    List.of("ipptool", "-T", "2", uri(), "get-printer-attributes.test"), Duration.ofSeconds(5));
            if (out.ok()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ippeveprinter did not answer on " + uri() + ": " + out.both());
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String uri() {
        return "ipp://localhost:" + port + "/ipp/print";
    }

    @Override
    public void close() throws Exception {
        try {
            stopPrinter();
        } finally {
            dnsSd.close();
        }
    }

    private void stopPrinter() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
