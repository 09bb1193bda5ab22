package org.legalkiosk.hub.protocol;

import java.time.Instant;
import java.util.List;

/**
 * What the terminal should do next, carried back on every heartbeat: the terminal never has to be reachable.
 *
 * @param nextHeartbeatSeconds when to send the next heartbeat (the kiosk adds jitter)
 * @param content              the content to reach, or null when the county set none
 * @param notices              the notices to show (the whole set: a notice missing here is withdrawn)
 * @param screenshotRequested  the county asked for a screenshot
 * @param serverTime           the hub's clock, so a terminal can tell its own clock is wrong
 * @param auditAnchor          the audit-log head the hub holds for this terminal, or null when it holds none (or an
 *                             older hub): the terminal proves against it in its next heartbeat that its log only grew
 * @param schedule             the terminal's schedule when it changed since the version the terminal reported, else
 *                             null (most replies: a 4G heartbeat stays small)
 * @param decisions            the offices' decisions about this terminal's bookings that it has not acknowledged yet,
 *                             oldest first, at most {@link Limits#MAX_DECISIONS} (the rest follow in later replies);
 *                             empty for a kiosk that does not acknowledge them (docs/decisions/0056)
 */
public record HeartbeatReply(
        int nextHeartbeatSeconds,
        ContentTarget content,
        List<HubNotice> notices,
        boolean screenshotRequested,
        Instant serverTime,
        AuditAnchor auditAnchor,
        TerminalSchedule schedule,
        List<BookingDecision> decisions) {

    /** A reply without decisions, as hubs before them sent. */
    public HeartbeatReply(
            int nextHeartbeatSeconds,
            ContentTarget content,
            List<HubNotice> notices,
            boolean screenshotRequested,
            Instant serverTime,
            AuditAnchor auditAnchor,
            TerminalSchedule schedule) {
        this(nextHeartbeatSeconds, content, notices, screenshotRequested, serverTime, auditAnchor, schedule, null);
    }

    /** A reply without a schedule, as hubs before it sent. */
    public HeartbeatReply(
            int nextHeartbeatSeconds,
            ContentTarget content,
            List<HubNotice> notices,
            boolean screenshotRequested,
            Instant serverTime,
            AuditAnchor auditAnchor) {
        this(nextHeartbeatSeconds, content, notices, screenshotRequested, serverTime, auditAnchor, null, null);
    }

    /** A reply without an audit anchor, as hubs before it sent. */
    public HeartbeatReply(
            int nextHeartbeatSeconds,
            ContentTarget content,
            List<HubNotice> notices,
            boolean screenshotRequested,
            Instant serverTime) {
        this(nextHeartbeatSeconds, content, notices, screenshotRequested, serverTime, null, null, null);
    }

    /** This reply with {@code schedule} as the terminal's new schedule (null for none). */
    public HeartbeatReply withSchedule(TerminalSchedule schedule) {
        return new HeartbeatReply(
                nextHeartbeatSeconds,
                content,
                notices,
                screenshotRequested,
                serverTime,
                auditAnchor,
                schedule,
                decisions);
    }

    /** This reply with {@code decisions} for the terminal to apply and acknowledge (null for none). */
    public HeartbeatReply withDecisions(List<BookingDecision> decisions) {
        return new HeartbeatReply(
                nextHeartbeatSeconds,
                content,
                notices,
                screenshotRequested,
                serverTime,
                auditAnchor,
                schedule,
                decisions);
    }

    public HeartbeatReply {
        if (nextHeartbeatSeconds < 10 || nextHeartbeatSeconds > 3600) {
            throw new IllegalArgumentException(
                    "nextHeartbeatSeconds must be within 10..3600, not " + nextHeartbeatSeconds);
        }
        notices = notices == null ? List.of() : List.copyOf(notices);
        if (notices.size() > Limits.MAX_NOTICES) {
            throw new IllegalArgumentException("notices holds more than " + Limits.MAX_NOTICES + " entries");
        }
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        if (decisions.size() > Limits.MAX_DECISIONS) {
            throw new IllegalArgumentException("decisions holds more than " + Limits.MAX_DECISIONS + " entries");
        }
    }
}
