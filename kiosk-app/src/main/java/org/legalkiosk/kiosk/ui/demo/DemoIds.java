package org.legalkiosk.kiosk.ui.demo;

/** Node ids of the demo device panel, for tests and the stylesheet. */
public final class DemoIds {

    public static final String HANDLE = "demo-devices-handle";
    public static final String PANEL = "demo-devices-panel";
    public static final String STATES = "demo-device-states";
    public static final String STATE_PREFIX = "demo-state-";
    public static final String FEEDBACK = "demo-feedback";
    public static final String CLOSE = "demo-close";
    static final String ACTION_PREFIX = "demo-";

    private DemoIds() {}
}
