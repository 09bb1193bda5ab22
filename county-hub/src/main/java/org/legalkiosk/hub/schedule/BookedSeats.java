package org.legalkiosk.hub.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The confirmed bookings the hub has heard of, per terminal and slot, from the outbox events terminals delivered
 * ({@code booking.created}, {@code booking.cancelled}, {@code booking.state_changed}: the latest event of each booking
 * code tells its state). Bookings still in a terminal's outbox are not here: the allocation never relies on this
 * count alone (see {@link QuotaAllocator}).
 */
final class BookedSeats {

    private BookedSeats() {}

    /** Keyed by {@code terminalId + " " + slotId}. */
    static Map<String, Integer> of(Connection c, List<String> terminalIds, String officeId) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT terminal_id, slot_id, count(*) FROM (
                    SELECT DISTINCT ON (terminal_id, body->>'code') terminal_id, body->>'slotId' AS slot_id,
                        body->>'state' AS state
                    FROM terminal_events
                    WHERE terminal_id = ANY (?) AND event_type LIKE 'booking.%' AND body->>'slotId' LIKE ?
                    ORDER BY terminal_id, body->>'code', id DESC) latest
                WHERE state = 'CONFIRMED' GROUP BY terminal_id, slot_id""")) {
            q.setArray(1, c.createArrayOf("text", terminalIds.toArray()));
            q.setString(2, officeId.replace("_", "\\_") + ".%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return counts;
    }
}
