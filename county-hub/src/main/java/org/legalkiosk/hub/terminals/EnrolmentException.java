package org.legalkiosk.hub.terminals;

/** A code that is unknown, used or expired; the terminal gets 403 without learning which. */
public final class EnrolmentException extends RuntimeException {

    public EnrolmentException(String message) {
        super(message);
    }
}
