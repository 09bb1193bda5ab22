package org.legalkiosk.kiosk.service.booking;

import java.util.Objects;

/**
 * What one wait for an ID card ended with: the name and number read, or why not, in a form a screen can turn
 * into plain words. {@link #toString()} masks the personal data.
 */
public record CardResult(Outcome outcome, String name, String idNumber) {

    public enum Outcome {
        READ,
        /** No reader on this terminal, or it is unplugged or broken. */
        NO_READER,
        /** The card could not be read: place it again. */
        READ_ERROR,
        /** The card was taken away before it could be read. */
        CARD_REMOVED
    }

    public CardResult {
        Objects.requireNonNull(outcome, "outcome");
        name = name == null ? "" : name;
        idNumber = idNumber == null ? "" : idNumber;
    }

    public static CardResult read(String name, String idNumber) {
        return new CardResult(Outcome.READ, name, idNumber);
    }

    public static CardResult failed(Outcome outcome) {
        return new CardResult(outcome, "", "");
    }

    @Override
    public String toString() {
        return "CardResult[" + outcome + ", name=" + PersonalData.maskName(name) + ", idNumber="
                + PersonalData.maskIdNumber(idNumber) + "]";
    }
}
