/**
 * The terminal's devices as the rest of the kiosk sees them: interfaces named by role, drivers named by
 * technology, and a simulated twin of each so the kiosk runs on a laptop. No JavaFX, no Jetty.
 */
package org.legalkiosk.devices;
