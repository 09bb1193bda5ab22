package org.legalkiosk.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the township office decided about a booking, as the county hub passes it on: confirmed (the office expects
 * the person), attended, no-show, or cancelled with a reason. {@code seq} is the hub's number for the decision; a
 * later decision always has a larger one, so the terminal keeps the newest whatever order they arrive in.
 *
 * @param reason     a cancellation's reason in Chinese (the office's list, then its own words after "："), else null;
 *                   what is shown when {@code listReason} is null (a hub older than the reason codes, or a reason
 *                   this kiosk does not know)
 * @param listReason the reason the office picked from its list, so the screen can say it in the visitor's
 *                   language (docs/decisions/0095), or null
 * @param words      the officer's own words after the list reason, shown as typed, or null
 */
public record OfficeDecision(
        long seq, String code, Kind kind, String reason, Reason listReason, String words, Instant decidedAt) {

    /** The longest reason kept (as the hub stores it). */
    public static final int MAX_REASON = 300;

    /** The longest of the officer's own words (the hub allows 100). */
    public static final int MAX_WORDS = 100;

    /**
     * The list an office picks a cancellation's reason from, in both languages. The hub's desk offers these
     * ({@code hub.desk.CancelReason} takes its texts from here) and sends the name with the decision; a name this
     * kiosk does not know (a newer hub's) is shown by the Chinese text the decision carries.
     */
    public enum Reason {
        OFFICE_CLOSED("司法所当天不办公", "The office is closed that day"),
        OFFICER_AWAY("工作人员当天有事", "The officer is away that day"),
        ELSEWHERE("这件事要到别的部门办理", "This matter is handled by another department"),
        VISITOR_ASKED("本人打电话要求取消", "The visitor asked by phone to cancel"),
        DUPLICATE("重复预约", "A duplicate booking"),
        OTHER("其他原因", "Another reason");

        private final String zh;
        private final String en;

        Reason(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        /** The reason by its name, empty for null or one this kiosk does not know. */
        public static Optional<Reason> parse(String name) {
            for (Reason reason : values()) {
                if (reason.name().equals(name)) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }

    /** A decision without a list reason (not a cancellation, or from a hub that sends none). */
    public OfficeDecision(long seq, String code, Kind kind, String reason, Instant decidedAt) {
        this(seq, code, kind, reason, null, null, decidedAt);
    }

    /**
     * The reason as the visitor reads it: the list's text in their language ({@code english} or Chinese), then
     * the officer's own words as typed ("：" after Chinese, " – " after English); without a list reason, the
     * Chinese text as the hub sent it. Null when there is no reason.
     */
    public String reasonIn(boolean english) {
        if (listReason == null) {
            return reason;
        }
        String list = english ? listReason.en() : listReason.zh();
        if (words == null) {
            return list;
        }
        return list + (english ? " – " : "：") + words;
    }

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
        if (words != null) {
            words = words.strip().replaceAll("\\p{Cntrl}", " ");
            if (words.isEmpty()) {
                words = null;
            } else if (words.length() > MAX_WORDS) {
                words = words.substring(0, MAX_WORDS);
            }
        }
        if (listReason == null) {
            words = null;
        }
    }
}
