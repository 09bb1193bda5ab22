package org.legalkiosk.hub.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;

/**
 * The county's calendar of public holidays and make-up working days (seeded by V50 from the State Council's notices;
 * the county adds each year's notice here). Every change is in the audit log with the old and the new value.
 */
public final class CalendarStore {

    private final DataSource db;

    public CalendarStore(DataSource db) {
        this.db = db;
    }

    public void put(String actor, CalendarDay day) {
        Transactions.inTransaction(db, "save a calendar day", c -> {
            String old = find(c, day.day());
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_calendar (day, kind, name_zh, follows) VALUES (?, ?, ?, ?)
                    ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name_zh = excluded.name_zh,
                        follows = excluded.follows""")) {
                ScheduleReads.bind(
                        upsert,
                        day.day(),
                        day.kind().name(),
                        day.nameZh(),
                        day.follows() == null ? null : day.follows().getValue());
                upsert.executeUpdate();
            }
            AuditLog.record(c, actor, "calendar.put", day.day().toString(), old + " → " + describe(day));
            return null;
        });
    }

    public void remove(String actor, LocalDate day) {
        Transactions.inTransaction(db, "remove a calendar day", c -> {
            String old = find(c, day);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sched_calendar WHERE day = ?")) {
                delete.setObject(1, day);
                if (delete.executeUpdate() > 0) {
                    AuditLog.record(c, actor, "calendar.remove", day.toString(), old + " → (removed)");
                }
            }
            return null;
        });
    }

    public List<CalendarDay> year(int year) {
        try (Connection c = db.getConnection()) {
            return ScheduleReads.calendar(c, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the calendar", e);
        }
    }

    private static String find(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement q =
                c.prepareStatement("SELECT kind, name_zh, follows FROM sched_calendar WHERE day = ?")) {
            q.setObject(1, day);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return "(none)";
                }
                int follows = rs.getInt(3);
                String weekday = rs.wasNull() ? "" : " 按周" + follows;
                return rs.getString(1) + " " + rs.getString(2) + weekday;
            }
        }
    }

    static String describe(CalendarDay day) {
        return day.kind() + " " + day.nameZh()
                + (day.follows() == null ? "" : " 按周" + day.follows().getValue());
    }
}
