package org.legalkiosk.content.selfcheck;

import java.util.List;
import java.util.Objects;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/**
 * Where a path through the questions ends: the verdict, why, what to bring, and whether to offer a booking.
 * {@code sensitive} outcomes (domestic violence, maltreatment) get a quick exit, the emergency lines, and a question
 * before anything is printed.
 */
public record Outcome(
        String id,
        Verdict verdict,
        LocalizedText explanation,
        List<Citation> cites,
        List<LocalizedText> documents,
        boolean offerBooking,
        boolean sensitive) {

    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        cites = List.copyOf(cites);
        documents = List.copyOf(documents);
    }
}
