package org.legalkiosk.devices.printer;

/** Horizontal position of a line, QR code or image on the slip; ESC/POS {@code ESC a n}. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
