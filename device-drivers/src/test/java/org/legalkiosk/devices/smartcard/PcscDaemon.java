package org.legalkiosk.devices.smartcard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real pcscd with vsmartcard's vpcd driver (Debian {@code pcscd vsmartcard-vpcd}), which offers the readers
 * "Virtual PCD 00 00" and "00 01" and waits for a card on TCP 35963 and 35964. Reuses a pcscd that already runs,
 * otherwise starts one in the foreground and stops it again. Skips the calling test, saying why, when not root
 * or when the packages are missing.
 */
final class PcscDaemon implements AutoCloseable {

    static final int FIRST_SLOT_PORT = 35963;
    static final String FIRST_READER = "Virtual PCD 00 00";
    private static final Path PCSCD = Path.of("/usr/sbin/pcscd");
    private static final Path VPCD = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private final Process started;

    private PcscDaemon(Process started) {
        this.started = started;
    }

    static PcscDaemon startWithVirtualReader() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "not root: skipping the PC/SC tests (pcscd needs root here)");
        assumeTrue(
                Files.isExecutable(PCSCD) && Files.exists(VPCD),
                "pcscd or vpcd missing (apt-get install pcscd vsmartcard-vpcd): skipping the PC/SC tests");
        if (running()) {
            return new PcscDaemon(null);
        }
        Files.createDirectories(SOCKET.getParent());
        Process pcscd = new ProcessBuilder(PCSCD.toString(), "--foreground")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(SOCKET)) {
            if (!pcscd.isAlive() || System.nanoTime() > deadline) {
                pcscd.destroyForcibly();
                assumeTrue(false, "pcscd did not come up: skipping the PC/SC tests");
            }
            Thread.sleep(50);
        }
        return new PcscDaemon(pcscd);
    }

    private static boolean running() {
        return Files.exists(SOCKET)
                && ProcessHandle.allProcesses()
                        .anyMatch(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("/pcscd") || c.equals("pcscd"))
                                .orElse(false));
    }

    @Override
    public void close() throws Exception {
        if (started != null) {
            started.destroy();
            if (!started.waitFor(20, TimeUnit.SECONDS)) {
                started.destroyForcibly();
            }
        }
    }
}
