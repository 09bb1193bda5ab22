package org.legalkiosk.kiosk.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * libsystemd's sd_notify against a real unix datagram socket bound here, as systemd binds NOTIFY_SOCKET for a
 * Type=notify service. The socket and the environment variable are made through libc, because sd_notify reads
 * the C environment, which Java cannot change.
 */
class SdNotifyTest {

    /** The few libc calls a notify socket needs. */
    interface LibC extends Library {
        int AF_UNIX = 1;
        int SOCK_DGRAM = 2;
        int MSG_DONTWAIT = 0x40;

        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] address, int length);

        NativeLong recv(int fd, byte[] buffer, NativeLong length, int flags);

        int close(int fd);

        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private Path socketPath;
    private int fd = -1;

    @BeforeEach
    void bindANotifySocket() {
        socketPath = Path.of("/tmp", "lk-notify-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock");
        fd = LIBC.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM, 0);
        assertTrue(fd >= 0, "socket()");
        byte[] path = socketPath.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] address = new byte[2 + path.length + 1];
        address[0] = (byte) LibC.AF_UNIX; // sa_family_t, little-endian on amd64 and arm64
        System.arraycopy(path, 0, address, 2, path.length);
        assertEquals(0, LIBC.bind(fd, address, address.length), "bind()");
        LIBC.setenv("NOTIFY_SOCKET", socketPath.toString(), 1);
    }

    @AfterEach
    void closeIt() throws Exception {
        LIBC.unsetenv("NOTIFY_SOCKET");
        if (fd >= 0) {
            LIBC.close(fd);
        }
        Files.deleteIfExists(socketPath);
    }

    /** The next datagram on the socket; empty when none waits (never blocks). */
    private String received() {
        byte[] buffer = new byte[4096];
        long n = LIBC.recv(fd, buffer, new NativeLong(buffer.length), LibC.MSG_DONTWAIT)
                .longValue();
        return n < 0 ? "" : new String(buffer, 0, (int) n, StandardCharsets.UTF_8);
    }

    @Test
    void readinessAndWatchdogPatsReachTheSocket() {
        SdNotify notify = new SdNotify(SdNotify.load());
        assertTrue(notify.ready());
        assertEquals("READY=1\nSTATUS=Showing the kiosk", received());
        assertTrue(notify.watchdog());
        assertEquals("WATCHDOG=1", received());
        assertTrue(notify.stopping());
        assertEquals("STOPPING=1", received());
        assertEquals("", received(), "nothing else was sent");
    }

    @Test
    void outsideSystemdNothingIsSent() {
        // The JVM's environment has no NOTIFY_SOCKET (only the C environment was changed above).
        SdNotify notify = SdNotify.fromEnvironment();
        assertFalse(notify.active());
        assertFalse(notify.ready());
        assertFalse(notify.watchdog());
        assertEquals("", received());
    }
}
