package org.legalkiosk.hub.protocol;

/** The paths of the terminal API, relative to the hub's base URL. */
public final class TerminalApi {

    public static final String ENROL = "/api/terminal/v1/enrol";
    public static final String HEARTBEAT = "/api/terminal/v1/heartbeat";
    public static final String EVENTS = "/api/terminal/v1/events";

    private TerminalApi() {
    }
}
