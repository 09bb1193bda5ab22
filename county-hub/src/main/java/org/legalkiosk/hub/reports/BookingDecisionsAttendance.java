package org.legalkiosk.hub.reports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.DataAccessException;

/**
 * Attended and no-show per office from the desk's {@code booking_decisions} (terminal_id, booking_code, decision,
 * reason, decided_by, decided_at), joined to the booking's {@code booking.created} event for its office and slot. The
 * last decision per booking counts (a no-show corrected to attended is attended). Bookings whose appointment fell in
 * the period count; decisions are {@code ATTENDED} and {@code NO_SHOW} as the desk writes them.
 */
public final class BookingDecisionsAttendance implements AttendanceSource {

    private final DataSource db;

    public BookingDecisionsAttendance(DataSource db) {
        this.db = db;
    }

    @Override
    public Optional<List<CountyReport.Attendance>> attendance(ReportPeriod period) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        WITH last AS (
                            SELECT DISTINCT ON (d.terminal_id, d.booking_code) d.terminal_id, d.booking_code, d.decision
                            FROM booking_decisions d
                            WHERE d.decision IN ('ATTENDED', 'NO_SHOW')
                            ORDER BY d.terminal_id, d.booking_code, d.decided_at DESC)
                        SELECT coalesce(e.body->>'officeId', ''),
                               count(*) FILTER (WHERE l.decision = 'ATTENDED'),
                               count(*) FILTER (WHERE l.decision = 'NO_SHOW')
                        FROM last l
                        JOIN terminal_events e ON e.terminal_id = l.terminal_id AND e.event_type = 'booking.created'
                             AND e.body->>'code' = l.booking_code
                        WHERE report_timestamp(e.body->>'slotStart') >= ?
                          AND report_timestamp(e.body->>'slotStart') < ?
                        GROUP BY 1 ORDER BY 1""")) {
            q.setDate(1, Date.valueOf(period.from()));
            q.setDate(2, Date.valueOf(period.to()));
            List<CountyReport.Attendance> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CountyReport.Attendance(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return Optional.of(rows);
        } catch (SQLException e) {
            throw new DataAccessException("cannot count attendance", e);
        }
    }
}
