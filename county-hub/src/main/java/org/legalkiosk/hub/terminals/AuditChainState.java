package org.legalkiosk.hub.terminals;

import java.time.Instant;

/**
 * What the hub knows of a terminal's audit log, for the console.
 *
 * @param verdict   OK, or what is wrong
 * @param problem   the first problem seen, in words; null when OK
 * @param flaggedAt when it was first seen; null when OK
 * @param lines     the line count the terminal last reported
 * @param anchored  the line count of the head the hub holds as verified
 */
public record AuditChainState(Verdict verdict, String problem, Instant flaggedAt, long lines, long anchored) {

    public enum Verdict {
        /** The log only grew since the hub's anchor. */
        OK,
        /** Fewer lines than the anchor: a copy restored over it, or lines cut off. */
        BACKWARDS,
        /** Another line where the anchored one was: rewritten from some line on. */
        FORKED,
        /** The terminal's own check of the chain fails. */
        BROKEN
    }

    public boolean flagged() {
        return verdict != Verdict.OK;
    }
}
