package org.legalkiosk.kiosk.ui.technician;

/** Node ids of the technician screen, for tests. */
public final class TechnicianIds {

    public static final String PIN_PANEL = "tech-pin";
    public static final String PIN = "tech-pin-dots";
    public static final String PIN_KEY_PREFIX = "tech-key-";
    public static final String PIN_OK = "tech-pin-ok";
    public static final String PROBLEM = "tech-problem";
    public static final String CONSOLE = "tech-console";
    public static final String DEVICE_PREFIX = "tech-device-";
    public static final String PRINT_PREFIX = "tech-print-";
    public static final String PRINT_STATUS = "tech-print-status";
    public static final String CONTENT = "tech-content";
    public static final String SYNC = "tech-sync";
    public static final String NETWORK = "tech-network";
    public static final String REFRESH = "tech-refresh";
    public static final String RESTART = "tech-restart";
    public static final String EXIT = "tech-exit";
    public static final String CLOSE = "tech-close";

    private TechnicianIds() {}
}
