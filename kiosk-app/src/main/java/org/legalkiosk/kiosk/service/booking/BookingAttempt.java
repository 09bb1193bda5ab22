package org.legalkiosk.kiosk.service.booking;

import java.util.Objects;

/**
 * How a booking request ended, as the screens need to tell it: booked, the seat was taken meanwhile (choose another
 * time, everything else kept), or it failed for another reason (say so, keep the draft). The store's exceptions stay
 * behind {@link BookingDesk}.
 */
public sealed interface BookingAttempt {

    record Booked(BookingDetails details) implements BookingAttempt {
        public Booked {
            Objects.requireNonNull(details, "details");
        }
    }

    /** Someone else took the last seat of the slot between choosing it and confirming. */
    record SlotTaken() implements BookingAttempt {}

    /** Anything else (the disk, a bug); {@code problem} is for the log, never shown to the visitor. */
    record Failed(String problem) implements BookingAttempt {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
