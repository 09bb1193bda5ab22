package org.legalkiosk.hub.protocol;

/** A request or reply that breaks the protocol; the message says which field and why, and is safe to send back. */
public final class WireFormatException extends RuntimeException {

    public WireFormatException(String message) {
        super(message);
    }
}
