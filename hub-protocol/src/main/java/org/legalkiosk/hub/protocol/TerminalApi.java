package org.legalkiosk.hub.protocol;

/** The paths of the terminal API, relative to the hub's base URL. */
public final class TerminalApi {

    public static final String ENROL = "/api/terminal/v1/enrol";
    public static final String HEARTBEAT = "/api/terminal/v1/heartbeat";
    public static final String EVENTS = "/api/terminal/v1/events";
    /**
     * The hub's pull channel: {@code objects/<sha256>} and {@code versions/<N>/} (the signed manifest and a
     * channel document for that version), the layout {@code legalkiosk channel publish} writes.
     */
    public static final String PULL = "/pull/v1/";

    /** The channel document a terminal polls to reach {@code version}: {@code /pull/v1/versions/N/channel.json}. */
    public static String channelPath(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("a content version is at least 1, not " + version);
        }
        return PULL + "versions/" + version + "/channel.json";
    }

    /** A PNG of the screen ({@code image/png}), or {@link ScreenshotUnavailable} as JSON when there is no screen. */
    public static final String SCREENSHOT = "/api/terminal/v1/screenshot";

    private TerminalApi() {}
}
