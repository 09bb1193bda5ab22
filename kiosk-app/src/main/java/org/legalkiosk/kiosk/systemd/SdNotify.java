package org.legalkiosk.kiosk.systemd;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libsystemd's {@code sd_notify(3)}, called through JNA: systemd's own implementation of the notification
 * protocol rather than a copy of it. Outside systemd ({@code NOTIFY_SOCKET} unset: the demo, tests, a developer's
 * machine) or where libsystemd cannot be loaded, every call does nothing and answers false.
 */
public final class SdNotify {

    private static final Logger LOG = LoggerFactory.getLogger(SdNotify.class);
    static final String LIBRARY = "libsystemd.so.0";

    /** The one function used, as libsystemd declares it. */
    interface LibSystemd extends Library {
        int sd_notify(int unsetEnvironment, String state);
    }

    private static final SdNotify NONE = new SdNotify(null);

    private final LibSystemd lib;

    SdNotify(LibSystemd lib) {
        this.lib = lib;
    }

    /** The notifier for this process: real under systemd, a no-op elsewhere. */
    public static SdNotify fromEnvironment() {
        String socket = System.getenv("NOTIFY_SOCKET");
        if (socket == null || socket.isEmpty()) {
            return NONE;
        }
        try {
            return new SdNotify(load());
        } catch (UnsatisfiedLinkError e) {
            LOG.warn(
                    "NOTIFY_SOCKET is set but {} cannot be loaded; systemd will not hear from the kiosk: {}",
                    LIBRARY,
                    e.getMessage());
            return NONE;
        }
    }

    static LibSystemd load() {
        return Native.load(LIBRARY, LibSystemd.class);
    }

    /** Whether notifications reach systemd at all. */
    public boolean active() {
        return lib != null;
    }

    /** The kiosk is up: its first frame is on screen. */
    public boolean ready() {
        return send("READY=1\nSTATUS=Showing the kiosk");
    }

    /** Still alive: sent from the JavaFX thread, so only a responsive screen keeps the watchdog quiet. */
    public boolean watchdog() {
        return send("WATCHDOG=1");
    }

    /** The kiosk is shutting down on purpose. */
    public boolean stopping() {
        return send("STOPPING=1");
    }

    private boolean send(String state) {
        if (lib == null) {
            return false;
        }
        int result = lib.sd_notify(0, state);
        if (result < 0) {
            LOG.warn("sd_notify({}) failed: errno {}", state.lines().findFirst().orElse(state), -result);
        }
        return result > 0;
    }
}
