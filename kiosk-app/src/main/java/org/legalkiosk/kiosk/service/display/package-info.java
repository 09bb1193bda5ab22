/**
 * The screen's power: {@link org.legalkiosk.kiosk.service.display.ScreenSchedule} applies the awake hours of
 * kiosk.yaml through a {@link org.legalkiosk.kiosk.service.display.DisplayPower} chosen for the session
 * (X11 DPMS, a black curtain under cage, or the simulated twin), so the screens never run a display tool.
 */
package org.legalkiosk.kiosk.service.display;
