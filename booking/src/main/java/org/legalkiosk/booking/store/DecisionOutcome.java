package org.legalkiosk.booking.store;

/**
 * What applying an office's decision did. Every outcome is final for that decision: the terminal acknowledges it
 * to the hub whichever it is, and the hub stops sending it.
 */
public enum DecisionOutcome {
    /** Recorded (and the booking's state moved, where the decision moves it). */
    APPLIED,
    /** This decision or a newer one was applied before (a repeat after a lost acknowledgement, or out of order). */
    ALREADY_APPLIED,
    /**
     * The booking moved on here first (the visitor cancelled it on the terminal, or the agent recorded another end):
     * the terminal's own final state stands, and the hub learns it from the booking's event.
     */
    OVERTAKEN,
    /** No such booking here, or its personal data was erased after the retention period: nothing left to tell. */
    PURGED
}
