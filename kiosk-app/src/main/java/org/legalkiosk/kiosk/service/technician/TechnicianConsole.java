package org.legalkiosk.kiosk.service.technician;

import java.util.List;

/**
 * What the technician screen shows and does: every device's state, a test print on each printer, the content
 * version and its last update, the network and the booking sync backlog, restart, and (outside kiosk mode) exit.
 */
public interface TechnicianConsole {

    record Device(String id, String kind, String state, String detail) {}

    /**
     * @param contentVersion the active content version, or null before any was applied (the bundled sample)
     * @param lastUpdate     when and how the last update went, in the agent's words, or null
     * @param syncBacklog    bookings and tallies waiting to go to the county; -1 when this kiosk takes no bookings
     * @param addresses      this machine's network addresses (no loopback)
     */
    record Overview(
            String appVersion,
            String contentVersion,
            String lastUpdate,
            List<Device> devices,
            int syncBacklog,
            List<String> addresses) {}

    Overview overview();

    /** The ids of the printers a test page can go to, receipt and A4. */
    List<String> printers();

    /** Prints a test page; what happened, in a few words ("printed", "out of paper"). */
    String testPrint(String printerId);

    /** Whether a supervisor (systemd) will start the kiosk again after {@link #restart()}. */
    boolean canRestart();

    void restart();

    /** Whether leaving the kiosk program is allowed: never in kiosk mode, only in a window (demo, development). */
    boolean canExit();

    void exit();
}
