package org.legalkiosk.devices.idcard;

import java.util.Optional;

/** The reader's status byte SW3 in every answer, and what the driver makes of it. */
public enum SamStatus {
    OK(0x90, Category.SUCCESS, "operation succeeded"),
    FIND_OK(0x9F, Category.SUCCESS, "card found"),
    CHECKSUM_ERROR(0x10, Category.TRANSMISSION, "the reader received a frame with a wrong checksum"),
    LENGTH_ERROR(0x11, Category.TRANSMISSION, "the reader received a frame with a wrong length"),
    COMMAND_ERROR(0x21, Category.COMMAND, "the reader does not know the command"),
    UNAUTHORISED(0x23, Category.COMMAND, "operation not authorised"),
    UNRECOGNISED_ERROR(0x24, Category.COMMAND, "unrecognised error"),
    CARD_AUTHENTICATION_FAILED(0x31, Category.CARD, "the card did not accept the reader"),
    READER_AUTHENTICATION_FAILED(0x32, Category.CARD, "the reader did not accept the card"),
    VERIFICATION_ERROR(0x33, Category.CARD, "information verification error"),
    WRONG_CARD_TYPE(0x40, Category.CARD, "not an ID card"),
    READ_FAILED(0x41, Category.CARD, "reading the card failed"),
    RANDOM_FAILED(0x47, Category.CARD, "getting a random number from the card failed"),
    SAM_SELF_TEST_FAILED(0x60, Category.SAM, "the reader's security module failed its self-test"),
    SAM_NOT_AUTHORISED(0x66, Category.SAM, "the reader's security module is not authorised"),
    NO_CARD(0x80, Category.NO_CARD, "no card in the field"),
    SELECT_FAILED(0x81, Category.NO_CARD, "selecting the card failed"),
    NO_CONTENT(0x91, Category.CARD, "the card holds nothing for this item");

    /** How the driver reacts to a status. */
    public enum Category {
        /** Go on. */
        SUCCESS,
        /** Nothing (or nothing steady) in the field: keep looking. */
        NO_CARD,
        /** Our request arrived damaged: send it again. */
        TRANSMISSION,
        /** The reader refused the command: a driver or firmware problem. */
        COMMAND,
        /** This card could not be read: the villager should place it again. */
        CARD,
        /** The reader itself is broken: a technician must look. */
        SAM
    }

    private final int code;
    private final Category category;
    private final String meaning;

    SamStatus(int code, Category category, String meaning) {
        this.code = code;
        this.category = category;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public Category category() {
        return category;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<SamStatus> of(int code) {
        for (SamStatus status : values()) {
            if (status.code == (code & 0xFF)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name() + String.format("(%02X)", code);
    }
}
