package org.legalkiosk.hub.web;

/** Ends a request with a status and a message that is safe to show to the caller. */
public final class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
