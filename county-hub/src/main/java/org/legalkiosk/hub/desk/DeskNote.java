package org.legalkiosk.hub.desk;

import java.time.Instant;

/**
 * One line of a booking's history on the desk: a decision or a note, who made it and when.
 *
 * @param decision     the decision, or null for a note
 * @param text         the decision's reason, or the note
 * @param acknowledged when the booking's terminal said it had the decision (docs/decisions/0056); null while it
 *                     has not, and for a note
 */
public record DeskNote(Instant at, String by, DeskDecision decision, String text, Instant acknowledged) {

    /** A line without a terminal's acknowledgement (a note, or a decision not yet on the kiosk). */
    public DeskNote(Instant at, String by, DeskDecision decision, String text) {
        this(at, by, decision, text, null);
    }
}
