package org.legalkiosk.hub.desk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.hub.protocol.BookingDecision;
import org.legalkiosk.hub.protocol.Limits;
import org.legalkiosk.personal.TextMasking;

/**
 * The office's decisions on their way to the terminal that took the booking, inside the heartbeat's transaction
 * (docs/decisions/0056). First the terminal's acknowledgements are recorded ({@code acknowledged_at}); then every
 * decision of this terminal not yet acknowledged goes into the reply, oldest first, its first sending noted in
 * {@code sent_at}. A decision is sent again with every heartbeat until acknowledged, so a lost reply, or a terminal
 * losing power after applying but before acknowledging, only means it comes again; the terminal applies by the
 * decision's number and a repeat changes nothing there. No timer and no retry count: the heartbeat is the retry.
 */
public final class DecisionDispatch {

    /**
     * @param acks the seqs the terminal says it dealt with; null from a kiosk that takes no decisions (older, or
     *             without bookings), which gets none, so its replies do not carry the same decisions forever
     * @return the decisions for the reply, at most {@link Limits#MAX_DECISIONS}, or an empty list
     */
    public List<BookingDecision> forHeartbeat(Connection c, String terminalId, List<Long> acks, Instant now)
            throws SQLException {
        if (acks == null) {
            return List.of();
        }
        if (!acks.isEmpty()) {
            // Only this terminal's decisions: a terminal cannot acknowledge (and so hide) another's.
            try (PreparedStatement ack = c.prepareStatement("""
                    UPDATE booking_decisions SET acknowledged_at = ?
                    WHERE terminal_id = ? AND id = ANY (?) AND acknowledged_at IS NULL""")) {
                Array ids = c.createArrayOf("bigint", acks.toArray());
                ack.setTimestamp(1, Timestamp.from(now));
                ack.setString(2, terminalId);
                ack.setArray(3, ids);
                ack.executeUpdate();
            }
        }
        List<BookingDecision> due = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT id, booking_code, decision, reason, decided_at FROM booking_decisions
                WHERE terminal_id = ? AND acknowledged_at IS NULL ORDER BY id LIMIT ?""")) {
            q.setString(1, terminalId);
            q.setInt(2, Limits.MAX_DECISIONS);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(4);
                    var parts = CancelReason.split(reason);
                    due.add(new BookingDecision(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            shown(reason, BookingDecision.MAX_REASON),
                            parts.map(p -> p.reason().name()).orElse(null),
                            parts.map(p -> shown(p.words(), BookingDecision.MAX_WORDS))
                                    .orElse(null),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        if (!due.isEmpty()) {
            try (PreparedStatement sent = c.prepareStatement("""
                    UPDATE booking_decisions SET sent_at = ?
                    WHERE terminal_id = ? AND id = ANY (?) AND sent_at IS NULL""")) {
                sent.setTimestamp(1, Timestamp.from(now));
                sent.setString(2, terminalId);
                sent.setArray(
                        3,
                        c.createArrayOf(
                                "bigint", due.stream().map(BookingDecision::seq).toArray()));
                sent.executeUpdate();
            }
        }
        return due;
    }

    /**
     * The reason (or the officer's words alone) as the kiosk's screen may show it to whoever holds the slip: an ID or
     * mobile number an officer typed into their own words is masked (the office's phone is on the screen already).
     * The list reason travels by name too (docs/decisions/0095), so the kiosk can say it in the visitor's language.
     */
    private static String shown(String text, int max) {
        String masked = TextMasking.mask(text);
        return masked == null || masked.length() <= max ? masked : masked.substring(0, max);
    }
}
