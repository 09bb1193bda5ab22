/**
 * Talking to systemd, which runs the kiosk on a terminal: readiness once the first frame is on screen, and the
 * watchdog, patted from the JavaFX thread so that a hung screen is restarted like a dead process.
 */
package org.legalkiosk.kiosk.systemd;
