package org.legalkiosk.content.selfcheck;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/**
 * What the villager is told at the end. {@code matter} is present only when a booking is offered and one of the
 * answers said what the matter is.
 */
public record SelfCheckResult(
        String checkId,
        String outcomeId,
        Verdict verdict,
        LocalizedText explanation,
        List<Citation> cites,
        List<LocalizedText> documents,
        boolean offerBooking,
        Optional<BookingMatter> matter) {

    public SelfCheckResult {
        cites = List.copyOf(cites);
        documents = List.copyOf(documents);
    }

    /** The anonymous count for the outbox: which outcome, nothing about who. */
    public SelfCheckTally tally() {
        return new SelfCheckTally(checkId, outcomeId, 1);
    }
}
