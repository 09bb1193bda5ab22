package org.legalkiosk.kiosk.hub;

/** A call to the hub that did not succeed; {@code status} is the HTTP status, or 0 when there was no answer. */
public final class HubException extends Exception {

    private final int status;

    public HubException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The hub no longer accepts this terminal's token (revoked, or the terminal was re-provisioned). */
    public boolean unauthorized() {
        return status == 401;
    }
}
