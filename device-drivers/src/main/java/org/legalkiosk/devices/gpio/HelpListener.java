package org.legalkiosk.devices.gpio;

import java.time.Instant;

/** Told when a villager presses the help button. Called on the GPIO thread: return quickly. */
@FunctionalInterface
public interface HelpListener {

    void helpRequested(Instant when);
}
