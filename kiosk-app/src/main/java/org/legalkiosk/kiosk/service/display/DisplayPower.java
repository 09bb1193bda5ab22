package org.legalkiosk.kiosk.service.display;

/**
 * Turns the picture on the terminal's screen on or off. Only {@link ScreenSchedule} calls it, from its own thread,
 * and only when the state changes; the screens never reach a display server themselves.
 */
public interface DisplayPower {

    /** The screen shows the kiosk (opening hours, or a touch at night). */
    void on();

    /** The screen goes dark (night, nobody touching it). */
    void off();

    /** How this terminal blanks its screen, for the log and {@code doctor}: {@code x11-dpms}, {@code curtain}... */
    String mechanism();
}
