package org.legalkiosk.devices.smartcard;

import java.util.OptionalInt;

/** A card command that did not succeed. The message says why in plain words and never contains card data. */
public class SmartCardException extends Exception {

    public enum Reason {
        /** No card in the reader. */
        NO_CARD,
        /** The card was taken out during the command. */
        CARD_REMOVED,
        /** The reader is unplugged, or the PC/SC service is not running. */
        DISCONNECTED,
        /** The card or reader did not answer in time. */
        TIMEOUT,
        /** The application, file or record is not on this card (6A82, 6A83, 6A88): probably another kind of card. */
        NOT_FOUND,
        /** The card wants a PIN or a security module first, or its PIN is blocked (6982, 6983, 63Cx). */
        ACCESS_DENIED,
        /** The card refused this command as sent (wrong length, parameters, class, instruction, conditions). */
        REJECTED,
        /** The card failed (memory error, no diagnosis) or answered something undefined. */
        CARD_ERROR
    }

    private final Reason reason;
    private final Integer sw;

    public SmartCardException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public SmartCardException(Reason reason, Integer sw, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.sw = sw;
    }

    public Reason reason() {
        return reason;
    }

    /** The card's status word, when the card answered. */
    public OptionalInt statusWord() {
        return sw == null ? OptionalInt.empty() : OptionalInt.of(sw);
    }
}
