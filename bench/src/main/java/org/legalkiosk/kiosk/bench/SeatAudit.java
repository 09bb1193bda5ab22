package org.legalkiosk.kiosk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a booking file holds after a contended run, read straight from the file rather than through the store, so
 * a bug in the store's own queries cannot hide an overbooked slot.
 */
record SeatAudit(int slots, int seats, int confirmed, int overbookedSlots, int outboxRows) {

    static SeatAudit of(Path database) throws SQLException {
        try (Connection connection = PlainSqlite.connect(database);
                Statement statement = connection.createStatement()) {
            int slots;
            int seats;
            int confirmed;
            int overbooked;
            try (ResultSet rs = statement.executeQuery("""
                    SELECT count(*), coalesce(sum(capacity), 0), coalesce(sum(taken), 0),
                        coalesce(sum(CASE WHEN taken > capacity THEN 1 ELSE 0 END), 0)
                    FROM (SELECT s.capacity, (SELECT count(*) FROM bookings b
                              WHERE b.slot_id = s.id AND b.state = 'CONFIRMED') AS taken
                          FROM slots s)""")) {
                slots = rs.getInt(1);
                seats = rs.getInt(2);
                confirmed = rs.getInt(3);
                overbooked = rs.getInt(4);
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox")) {
                return new SeatAudit(slots, seats, confirmed, overbooked, rs.getInt(1));
            }
        }
    }

    /** No slot holds more confirmed bookings than seats, and every booking made has exactly one outbox row. */
    boolean consistentWith(int bookingsMade) {
        return overbookedSlots == 0 && confirmed == bookingsMade && outboxRows == bookingsMade;
    }
}
