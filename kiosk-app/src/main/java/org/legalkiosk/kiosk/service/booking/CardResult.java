package org.legalkiosk.kiosk.service.booking;

import java.time.LocalDate;
import java.util.Objects;

import org.legalkiosk.personal.PersonalData;

/**
 * What one wait for an ID card ended with: the name and number read, or why not, in a form a screen can turn
 * into plain words. {@link #toString()} masks the personal data.
 */
public record CardResult(Outcome outcome, String name, String idNumber, CardDetails details) {

    /**
     * The rest of what the card says, for forms that print the applicant's particulars (sex, ethnicity, date of
     * birth, address as the card gives them); empty strings and no date when the card was not read.
     */
    public record CardDetails(String sex, String ethnicity, LocalDate birthDate, String address) {
        public static final CardDetails NONE = new CardDetails("", "", null, "");

        public CardDetails {
            sex = sex == null ? "" : sex;
            ethnicity = ethnicity == null ? "" : ethnicity;
            address = address == null ? "" : address;
        }

        @Override
        public String toString() {
            return "CardDetails[…]";
        }
    }

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
        details = details == null ? CardDetails.NONE : details;
    }

    public CardResult(Outcome outcome, String name, String idNumber) {
        this(outcome, name, idNumber, CardDetails.NONE);
    }

    /** The same result with the card's other particulars. */
    public CardResult withDetails(CardDetails more) {
        return new CardResult(outcome, name, idNumber, more);
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
