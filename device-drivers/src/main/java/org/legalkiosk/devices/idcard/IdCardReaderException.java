package org.legalkiosk.devices.idcard;

import java.util.Optional;

/** A read that failed for a reason other than "no card". The message never contains card data. */
public class IdCardReaderException extends Exception {

    public enum Reason {
        /** The reader is unplugged or its port cannot be opened. */
        DISCONNECTED,
        /** The reader did not answer, or only with damaged frames, after every retry. */
        NO_ANSWER,
        /** The reader refused a command or answered with a status the protocol does not define. */
        READER_ERROR,
        /** The reader's security module is broken or not authorised: a technician must look. */
        SAM_FAULT,
        /** This card could not be read (moved too early, damaged, not an ID card): place it again. */
        CARD_UNREADABLE,
        /** The card was read but its text is not a well-formed card. */
        CARD_DATA
    }

    private final Reason reason;
    private final SamStatus status;

    public IdCardReaderException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public IdCardReaderException(Reason reason, SamStatus status, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The reader's status byte that caused this, when there was one. */
    public Optional<SamStatus> status() {
        return Optional.ofNullable(status);
    }
}
