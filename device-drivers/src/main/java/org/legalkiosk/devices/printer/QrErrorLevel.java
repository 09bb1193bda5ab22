package org.legalkiosk.devices.printer;

/** QR error correction; ESC/POS sends 48 + ordinal. */
public enum QrErrorLevel {
    L,
    M,
    Q,
    H
}
