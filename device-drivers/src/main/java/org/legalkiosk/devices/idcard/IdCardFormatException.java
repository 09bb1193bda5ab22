package org.legalkiosk.devices.idcard;

/** A text block that is not a well-formed card. The message never contains the card's data. */
public class IdCardFormatException extends IllegalArgumentException {

    public IdCardFormatException(String message) {
        super(message);
    }
}
