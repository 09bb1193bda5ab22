package org.legalkiosk.hub.db;

/** A database call failed (PostgreSQL down, a constraint the code did not expect): the request answers 503/500. */
public final class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
