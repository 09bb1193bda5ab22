package org.legalkiosk.booking.store;

/** The booking file could not be read or written. */
public class BookingStoreException extends RuntimeException {

    public BookingStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
