package org.legalkiosk.hub.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;

/**
 * Reads the schedule tables into the booking module's domain types, on the caller's connection (the heartbeat's
 * transaction, or the console's).
 */
final class ScheduleReads {

    private ScheduleReads() {}

    private static final String OFFICE_COLUMNS =
            "SELECT id, name, address, phone, hours, township, book_ahead_days, release_hours FROM sched_offices ";

    static List<ScheduledOffice> allOffices(Connection c) throws SQLException {
        return offices(c, OFFICE_COLUMNS + "ORDER BY township, id");
    }

    static List<ScheduledOffice> office(Connection c, String id) throws SQLException {
        return offices(c, OFFICE_COLUMNS + "WHERE id = ?", id);
    }

    /** The offices the terminal serves. */
    static List<ScheduledOffice> servedBy(Connection c, String terminalId) throws SQLException {
        return offices(
                c,
                OFFICE_COLUMNS
                        + "WHERE id IN (SELECT office_id FROM sched_office_terminals WHERE terminal_id = ?)"
                        + " ORDER BY township, id",
                terminalId);
    }

    /** The offices the terminal no longer serves but may still hold seats of, from {@code from} on. */
    static List<ScheduledOffice> formerlyServedBy(Connection c, String terminalId, java.sql.Timestamp from)
            throws SQLException {
        return offices(
                c,
                OFFICE_COLUMNS
                        + "WHERE id IN (SELECT office_id FROM sched_quotas WHERE terminal_id = ? AND starts_at >= ?)"
                        + " AND id NOT IN (SELECT office_id FROM sched_office_terminals WHERE terminal_id = ?)"
                        + " ORDER BY township, id",
                terminalId,
                from,
                terminalId);
    }

    /** {@code sql} is always one of the constant queries above; only values are bound. */
    private static List<ScheduledOffice> offices(Connection c, String sql, Object... args) throws SQLException {
        List<ScheduledOffice> offices = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    offices.add(new ScheduledOffice(
                            new Office(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5)),
                            rs.getString(6),
                            rs.getInt(7),
                            rs.getInt(8)));
                }
            }
        }
        return offices;
    }

    static List<Service> services(Connection c) throws SQLException {
        List<Service> services = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, name_zh, name_en FROM sched_services ORDER BY id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                services.add(new Service(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return services;
    }

    /** The plans of these offices, each with its weekly hours and its own exceptions. */
    static List<WorkingPlan> plans(Connection c, List<String> officeIds) throws SQLException {
        Map<List<String>, int[]> heads = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT office_id, service_id, slot_minutes, seats, min_notice_minutes FROM sched_plans"
                        + " WHERE office_id = ANY (?) ORDER BY office_id, service_id")) {
            q.setArray(1, c.createArrayOf("text", officeIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    heads.put(
                            List.of(rs.getString(1), rs.getString(2)),
                            new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5)});
                }
            }
        }
        Map<List<String>, Map<DayOfWeek, DayHours>> weeks = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT office_id, service_id, weekday, opens, closes, break_start, break_end FROM sched_plan_days"
                        + " WHERE office_id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("text", officeIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    weeks.computeIfAbsent(
                                    List.of(rs.getString(1), rs.getString(2)), k -> new EnumMap<>(DayOfWeek.class))
                            .put(DayOfWeek.of(rs.getInt(3)), hours(rs, 4));
                }
            }
        }
        Map<List<String>, List<PlanException>> exceptions = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT office_id, service_id, day, opens, closes FROM sched_plan_exceptions WHERE office_id = ANY (?)"
                        + " ORDER BY day")) {
            q.setArray(1, c.createArrayOf("text", officeIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getDate(3).toLocalDate();
                    Time opens = rs.getTime(4);
                    exceptions
                            .computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(
                                    opens == null
                                            ? PlanException.closed(day)
                                            : PlanException.open(
                                                    day,
                                                    DayHours.of(
                                                            opens.toLocalTime(),
                                                            rs.getTime(5).toLocalTime())));
                }
            }
        }
        List<WorkingPlan> plans = new ArrayList<>();
        for (Map.Entry<List<String>, int[]> head : heads.entrySet()) {
            plans.add(new WorkingPlan(
                    head.getKey().get(0),
                    head.getKey().get(1),
                    Duration.ofMinutes(head.getValue()[0]),
                    head.getValue()[1],
                    weeks.getOrDefault(head.getKey(), Map.of()),
                    exceptions.getOrDefault(head.getKey(), List.of()),
                    Duration.ofMinutes(head.getValue()[2])));
        }
        return plans;
    }

    static List<CalendarDay> calendar(Connection c, LocalDate first, LocalDate last) throws SQLException {
        List<CalendarDay> days = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT day, kind, name_zh, follows FROM sched_calendar WHERE day BETWEEN ? AND ? ORDER BY day")) {
            q.setObject(1, first);
            q.setObject(2, last);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int follows = rs.getInt(4);
                    DayOfWeek weekday = rs.wasNull() ? null : DayOfWeek.of(follows);
                    days.add(new CalendarDay(
                            rs.getDate(1).toLocalDate(),
                            CalendarDay.Kind.valueOf(rs.getString(2)),
                            rs.getString(3),
                            weekday));
                }
            }
        }
        return days;
    }

    private static DayHours hours(ResultSet rs, int column) throws SQLException {
        LocalTime opens = rs.getTime(column).toLocalTime();
        LocalTime closes = rs.getTime(column + 1).toLocalTime();
        Time breakStart = rs.getTime(column + 2);
        if (breakStart == null) {
            return DayHours.of(opens, closes);
        }
        return DayHours.of(
                opens,
                closes,
                new TimeRange(breakStart.toLocalTime(), rs.getTime(column + 3).toLocalTime()));
    }

    static void bind(PreparedStatement q, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            q.setObject(i + 1, args[i]);
        }
    }
}
