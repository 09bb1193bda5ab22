package org.legalkiosk.kiosk.store;

/**
 * A value from outside (a notice, remote settings) that breaks a rule of the store it is meant for. The message
 * names the field and says what is wrong, in words the sender can act on; nothing was stored.
 */
public final class InvalidValueException extends Exception {

    public InvalidValueException(String message) {
        super(message);
    }
}
