package org.legalkiosk.devices;

/** What a villager or an admin needs to know about a device, in four words. */
public enum DeviceState {
    /** Connected and able to work. */
    READY,
    /** Connected and doing a job right now (printing, reading a card). */
    BUSY,
    /** Connected but cannot work until a person acts: paper out, cover open, card stuck. */
    NEEDS_ATTENTION,
    /** Not reachable: unplugged, powered off, or its driver failed. The manager keeps trying to reconnect. */
    DISCONNECTED
}
