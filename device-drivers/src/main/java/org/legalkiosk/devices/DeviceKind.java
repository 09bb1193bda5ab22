package org.legalkiosk.devices;

/** The roles a device can play in a terminal; one interface per role. */
public enum DeviceKind {
    ID_CARD_READER,
    SMART_CARD_READER,
    RECEIPT_PRINTER,
    A4_PRINTER,
    CAMERA,
    PRESENCE_SENSOR,
    STATUS_LIGHT,
    HELP_BUTTON
}
