package org.legalkiosk.devices.gpio;

/** Told when someone comes in front of the kiosk or has left. Called on the GPIO thread: return quickly. */
@FunctionalInterface
public interface PresenceListener {

    void presenceChanged(boolean present);
}
