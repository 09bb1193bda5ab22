package org.legalkiosk.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the township office decided about a booking, as the county hub passes it on: confirmed (the office expects
 * the person), attended, no-show, or cancelled with a reason. {@code seq} is the hub's number for the decision; a
 * later decision always has a larger one, so the terminal keeps the newest whatever order they arrive in.
 *
 * @param reason a cancellation's reason in Chinese (the office's list, then its own words after "："), else null
 */
public record OfficeDecision(long seq, String code, Kind kind, String reason, Instant decidedAt) {

    /** The longest reason kept (as the hub stores it). */
    public static final int MAX_REASON = 300;

    /** The office's decisions, and the state each puts the terminal's booking in. */
    public enum Kind {
        /** The office expects the person; the booking keeps its seat. */
        CONFIRMED(BookingState.CONFIRMED),
        ATTENDED(BookingState.ATTENDED),
        NO_SHOW(BookingState.NO_SHOW),
        /** The office cancelled: on the terminal the booking is {@link BookingState#REJECTED} and frees its seat. */
        CANCELLED(BookingState.REJECTED);

        private final BookingState state;

        Kind(BookingState state) {
            this.state = state;
        }

        /** The booking's state once the decision is applied. */
        public BookingState state() {
            return state;
        }

        /** The kind by its name, empty for one this terminal does not know (a newer hub's). */
        public static Optional<Kind> parse(String name) {
            for (Kind kind : values()) {
                if (kind.name().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public OfficeDecision {
        if (seq < 1) {
            throw new IllegalArgumentException("a decision's seq is at least 1, not " + seq);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (reason != null) {
            reason = reason.strip().replaceAll("\\p{Cntrl}", " ");
            if (reason.isEmpty()) {
                reason = null;
            } else if (reason.length() > MAX_REASON) {
                reason = reason.substring(0, MAX_REASON);
            }
        }
    }
}
