package org.legalkiosk.kiosk.session;

/** Where a visitor is: one screen and what it shows. Routes are values, so a screen can be rebuilt from one. */
public sealed interface Route {

    record Home() implements Route {}

    record Categories() implements Route {}

    record ExplainerList(String categoryId) implements Route {}

    record ExplainerPage(String explainerId) implements Route {}

    record Notices() implements Route {}

    /** Search, with what has been typed so far (kept when the visitor opens a result and comes back). */
    record Search(String query) implements Route {
        public Search {
            query = query == null ? "" : query;
        }
    }

    /** The laws whose official text this terminal has. */
    record Laws() implements Route {}

    /** A law's table of contents: its books and chapters. */
    record LawContents(String lawId) implements Route {}

    /**
     * One chapter of a law, named by its first article; {@code focusArticle} is scrolled into view and marked
     * (0 for none).
     */
    record LawChapter(String lawId, int firstArticle, int focusArticle) implements Route {}

    /** The legal-aid self-check: a guided interview, one question per screen. */
    record SelfCheck() implements Route {}

    /**
     * The start of the booking flow. Both fields may be null; the self-check's result passes the legal-aid service
     * and the matter it found, so the visitor does not choose them again.
     */
    record BookingStart(String serviceId, String matterId) implements Route {}

    /** "My booking": find a booking by its code (typed or scanned) to see, reprint or cancel it. */
    record MyBooking() implements Route {}

    /**
     * A self-check question: the one after {@code answered} earlier answers. Each answer opens the next question as
     * a new route, so Back returns to the previous question and the check forgets the answer given there.
     */
    record SelfCheckQuestion(int answered) implements Route {}

    /** The self-check's result: how likely legal aid is, why, what to bring, and a booking or a printout. */
    record SelfCheckOutcome() implements Route {}

    /** One step of the booking flow after its first screen. */
    record Booking(BookingStep step) implements Route {
        public Booking {
            java.util.Objects.requireNonNull(step, "step");
        }
    }

    /** The booking just made: its code large, as a QR code, and whether the slip printed. */
    record BookingDone(String code) implements Route {}

    /** "My booking": one booking found by its code, with reprint and cancel. */
    record MyBookingDetails(String code) implements Route {}

    /** "My booking": are you sure you want to cancel? */
    record MyBookingCancel(String code) implements Route {}

    /**
     * "Ask staff to call me back", where no video link to the judicial office exists: the topic, the phone on a
     * keypad, a confirmation. Each step is a route of its own, so Back returns to the one before.
     */
    record Callback(CallbackStep step) implements Route {
        public Callback {
            java.util.Objects.requireNonNull(step, "step");
        }
    }

    /** The callback request was kept: staff will ring; nothing of the phone is shown any more. */
    record CallbackSent() implements Route {}

    /** "帮我填表": the forms this terminal can fill in and print (applications, element-style complaints). */
    record Forms() implements Route {}

    /**
     * The {@code step}th screen of filling in {@code formId} (0 is its first question): each answer opens the next
     * step as a new route, so Back returns to the screen before with its answer still chosen. {@code fromSelfCheck}:
     * started from a finished self-check, whose result answers some questions before they are asked.
     */
    record FormStep(String formId, boolean fromSelfCheck, int step) implements Route {
        public FormStep {
            java.util.Objects.requireNonNull(formId, "formId");
        }
    }

    /** The pages as they will print, readable at every text size, with Print (or a booking when no printer is ready). */
    record FormPreview(String formId) implements Route {}

    /** The form came out of the printer: take it, what to bring and where to hand it in. Nothing of it is kept. */
    record FormPrinted(String formId) implements Route {}

    Route HOME = new Home();
}
