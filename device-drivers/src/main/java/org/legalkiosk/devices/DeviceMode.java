package org.legalkiosk.devices;

/** Whether a configured device is real hardware or its simulated twin (demo, tests, a laptop). */
public enum DeviceMode {
    REAL,
    SIMULATED
}
