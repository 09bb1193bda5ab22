package org.legalkiosk.hub.protocol;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One decision a township office made about one of this terminal's bookings, carried in the heartbeat reply until
 * the terminal acknowledges its {@code seq} in a later heartbeat (docs/decisions/0056).
 *
 * @param seq       the hub's number for the decision: unique, and a later decision has a larger one, so the terminal
 *                  keeps the newest whatever order it receives them in
 * @param code      the booking's code, unformatted
 * @param decision  {@code CONFIRMED}, {@code ATTENDED}, {@code NO_SHOW} or {@code CANCELLED} today; kept as text so a
 *                  kiosk meeting a kind a newer hub added can acknowledge and drop it instead of failing the reply
 * @param reason      a cancellation's reason in Chinese (the office's list, then its own words after "："), else
 *                    null; what a kiosk without {@code reasonCode} (older, or not knowing the code) shows
 * @param reasonCode  the name of the list reason the office picked ({@code OFFICE_CLOSED}, …), so the kiosk can say
 *                    it in the visitor's language; null from a hub before it, or for a reason not from the list
 *                    (docs/decisions/0095); text, like {@code decision}, so a code a newer hub adds is not an error
 * @param reasonWords the officer's own words after the list reason, as typed (masked like {@code reason}), or null
 * @param decidedAt   when the office decided
 */
public record BookingDecision(
        long seq,
        String code,
        String decision,
        String reason,
        String reasonCode,
        String reasonWords,
        Instant decidedAt) {

    /** The longest reason the hub stores ({@code booking_decisions.reason}). */
    public static final int MAX_REASON = 300;

    /** The longest of the officer's own words the hub allows. */
    public static final int MAX_WORDS = 100;

    /** A decision without a list reason, as hubs before reason codes sent. */
    public BookingDecision(long seq, String code, String decision, String reason, Instant decidedAt) {
        this(seq, code, decision, reason, null, null, decidedAt);
    }

    @JsonCreator
    public BookingDecision {
        if (seq < 1) {
            throw new IllegalArgumentException("decisions.seq must be at least 1, not " + seq);
        }
        code = Limits.text("decisions.code", code, 16, true);
        if (!code.matches("[A-Z0-9]{4,16}")) {
            throw new IllegalArgumentException("decisions.code must be 4 to 16 capital letters and digits");
        }
        decision = Limits.text("decisions.decision", decision, 20, true);
        if (!decision.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("decisions.decision must be a name in capitals, not " + decision);
        }
        reason = Limits.text("decisions.reason", reason, MAX_REASON, false);
        reasonCode = Limits.text("decisions.reasonCode", reasonCode, 32, false);
        if (reasonCode != null && !reasonCode.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("decisions.reasonCode must be a name in capitals, not " + reasonCode);
        }
        reasonWords = Limits.text("decisions.reasonWords", reasonWords, MAX_WORDS, false);
        Objects.requireNonNull(decidedAt, "decisions.decidedAt");
    }
}
