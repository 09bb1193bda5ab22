package org.legalkiosk.devices.a4;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.legalkiosk.devices.process.ProcessOutput;
import org.legalkiosk.devices.process.ProcessRunException;
import org.legalkiosk.devices.process.ProcessRunner;

/**
 * The system D-Bus and avahi-daemon, which ippeveprinter needs for DNS-SD (it exits without them, even with
 * {@code -r off}). Reuses an avahi-daemon that answers on the bus; otherwise, as root with the packages installed
 * ({@code dbus avahi-daemon}), starts what is missing as a machine without an init system needs it (a CI container),
 * waits until each answers, and stops the ones it started again at {@link #close()}. Skips the calling test, saying
 * why, when they are not running and cannot be started here.
 */
final class DnsSdDaemons implements AutoCloseable {

    private static final Path DBUS_DAEMON = Path.of("/usr/bin/dbus-daemon");
    private static final Path DBUS_SEND = Path.of("/usr/bin/dbus-send");
    private static final Path AVAHI_DAEMON = Path.of("/usr/sbin/avahi-daemon");
    private static final Path BUS_SOCKET = Path.of("/run/dbus/system_bus_socket");
    private static final Path BUS_PID = Path.of("/run/dbus/pid");
    private static final Path AVAHI_PID = Path.of("/run/avahi-daemon/pid");
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** avahi's org.freedesktop.Avahi.Server state once its host name is established. */
    private static final String AVAHI_RUNNING = "int32 2";

    private static final String SKIP = ": skipping the paper-out test";

    private record Started(String name, long pid, BooleanSupplier answers) {}

    private final List<Started> started;

    private DnsSdDaemons(List<Started> started) {
        this.started = started;
    }

    static DnsSdDaemons ensureRunning() throws Exception {
        if (avahiState().isPresent()) {
            return new DnsSdDaemons(List.of());
        }
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "avahi-daemon is not running and only root can start it" + SKIP);
        assumeTrue(
                Files.isExecutable(DBUS_DAEMON) && Files.isExecutable(DBUS_SEND) && Files.isExecutable(AVAHI_DAEMON),
                "avahi-daemon is not running and not installed (apt-get install dbus avahi-daemon)" + SKIP);
        List<Started> started = new ArrayList<>();
        DnsSdDaemons daemons = new DnsSdDaemons(started);
        try {
            if (!busAnswers()) {
                started.add(startBus());
            }
            started.add(startAvahi());
        } catch (Exception | Error e) {
            daemons.close();
            throw e;
        }
        return daemons;
    }

    private static Started startBus() throws Exception {
        // a bus that was killed leaves its pid file and socket behind, and dbus-daemon will not start over them
        Files.deleteIfExists(BUS_PID);
        Files.deleteIfExists(BUS_SOCKET);
        Files.createDirectories(BUS_SOCKET.getParent());
        ProcessOutput out = runTool(DBUS_DAEMON.toString(), "--system", "--fork", "--print-pid");
        assumeTrue(
                out.succeeded(),
                "dbus-daemon --system did not start (" + out.stderrText().strip() + ")" + SKIP);
        Started bus = new Started("dbus-daemon", Long.parseLong(out.stdoutText().strip()), DnsSdDaemons::busAnswers);
        await(bus.answers(), "the system bus did not answer on " + BUS_SOCKET);
        return bus;
    }

    private static Started startAvahi() throws Exception {
        // --no-drop-root: avahi's chroot and change of user are what a container is most likely to refuse
        ProcessOutput out = runTool(AVAHI_DAEMON.toString(), "--no-drop-root", "--daemonize");
        assumeTrue(
                out.succeeded(),
                "avahi-daemon did not start (" + out.stderrText().strip() + ")" + SKIP);
        await(() -> Files.exists(AVAHI_PID), "avahi-daemon wrote no " + AVAHI_PID);
        Started avahi = new Started(
                "avahi-daemon",
                Long.parseLong(Files.readString(AVAHI_PID).strip()),
                () -> avahiState().isPresent());
        // ippeveprinter registers its service at once: wait until avahi has its own host name, not just answers
        await(
                () -> avahiState().filter(s -> s.contains(AVAHI_RUNNING)).isPresent(),
                "avahi-daemon did not reach its running state (" + avahiState().orElse("no answer") + ")");
        return avahi;
    }

    private static boolean busAnswers() {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(BUS_SOCKET))) {
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    /** avahi's answer to GetState over the system bus, or empty when the bus or avahi does not answer. */
    private static Optional<String> avahiState() {
        if (!busAnswers() || !Files.isExecutable(DBUS_SEND)) {
            return Optional.empty();
        }
        try {
            ProcessOutput out = runTool(
                    DBUS_SEND.toString(),
                    "--system",
                    "--print-reply",
                    "--dest=org.freedesktop.Avahi",
                    "/",
                    "org.freedesktop.Avahi.Server.GetState");
            return out.succeeded() ? Optional.of(out.stdoutText().strip()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static ProcessOutput runTool(String... command) throws InterruptedException {
        try {
            return new ProcessRunner(TOOL_TIMEOUT).run(List.of(command));
        } catch (ProcessRunException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assumeTrue(System.nanoTime() < deadline, failure + " within " + WAIT.toSeconds() + " s" + SKIP);
            Thread.sleep(100);
        }
    }

    /** Stops what this started, avahi before the bus it talks on; daemons that were already running stay. */
    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            Started daemon = started.get(i);
            ProcessHandle.of(daemon.pid()).ifPresent(ProcessHandle::destroy);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (daemon.answers().getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (daemon.answers().getAsBoolean()) {
                ProcessHandle.of(daemon.pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        if (started.stream().anyMatch(d -> d.name().equals("dbus-daemon"))) {
            // the bus leaves these behind when stopped; the next start would refuse its own stale pid file
            Files.deleteIfExists(BUS_PID);
            Files.deleteIfExists(BUS_SOCKET);
        }
    }
}
