package org.legalkiosk.hub.reports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.DataAccessException;

/**
 * The county report from the terminals' events in PostgreSQL. Every date a terminal sent is read through the
 * {@code report_*} functions (V61), null when malformed, so one bad event is left out instead of failing the report. Bookings count in the
 * week they were made ({@code created}, China's time); waiting days run from that day to the appointment's day
 * ({@code slotStart}); usage and self-check counts in the week of their {@code day}.
 */
public final class ReportQueries {

    private final DataSource db;
    private final AttendanceSource attendance;

    public ReportQueries(DataSource db, AttendanceSource attendance) {
        this.db = db;
        this.attendance = attendance;
    }

    public CountyReport report(ReportPeriod period) {
        try (Connection c = db.getConnection()) {
            c.setReadOnly(true);
            return new CountyReport(
                    period,
                    bookings(c, period),
                    waiting(c, period),
                    selfChecks(c, period),
                    topics(c, period),
                    searches(c, period),
                    callbackTopics(c, period),
                    attendance.attendance(period));
        } catch (SQLException e) {
            throw new DataAccessException("cannot build the county report", e);
        }
    }

    /** The booking.created events of the period with their local creation time as {@code made}. */
    private static final String BOOKINGS = """
            WITH b AS (
                SELECT e.terminal_id, coalesce(nullif(e.body->>'officeId', ''), '') AS office,
                       coalesce(nullif(e.body->>'serviceId', ''), '') AS service,
                       report_local_time(e.body->>'created') AS made,
                       report_timestamp(e.body->>'slotStart') AS slot
                FROM terminal_events e
                WHERE e.event_type = 'booking.created')
            """;

    private static List<CountyReport.WeeklyBookings> bookings(Connection c, ReportPeriod p) throws SQLException {
        String sql = BOOKINGS + """
                SELECT date_trunc('week', b.made)::date, t.township, b.office, b.service, count(*)
                FROM b JOIN terminals t ON t.id = b.terminal_id
                WHERE b.made >= ? AND b.made < ?
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""";
        List<CountyReport.WeeklyBookings> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.WeeklyBookings(
                        rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
        }
        return rows;
    }

    private static List<CountyReport.WaitingDays> waiting(Connection c, ReportPeriod p) throws SQLException {
        String sql = BOOKINGS + """
                SELECT b.office, b.service, count(*), avg(b.slot::date - b.made::date),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY b.slot::date - b.made::date),
                       max(b.slot::date - b.made::date)
                FROM b
                WHERE b.made >= ? AND b.made < ? AND b.slot IS NOT NULL AND b.slot >= b.made::date
                GROUP BY 1, 2 ORDER BY 1, 2""";
        List<CountyReport.WaitingDays> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.WaitingDays(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getInt(6)));
            }
        }
        return rows;
    }

    private static List<CountyReport.SelfCheckOutcome> selfChecks(Connection c, ReportPeriod p) throws SQLException {
        String sql = """
                SELECT e.body->>'checkId', e.body->>'outcomeId',
                       sum(CASE WHEN jsonb_typeof(e.body->'count') = 'number' THEN round((e.body->>'count')::numeric)::bigint ELSE 1 END)
                FROM terminal_events e
                WHERE e.event_type = 'selfcheck.completed'
                  AND report_date(e.body->>'day') >= ? AND report_date(e.body->>'day') < ?
                GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""";
        List<CountyReport.SelfCheckOutcome> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.SelfCheckOutcome(
                        String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)), rs.getLong(3)));
            }
        }
        return rows;
    }

    /** Explainers and categories opened, most read first (the 50 most read). */
    private static List<CountyReport.TopicDemand> topics(Connection c, ReportPeriod p) throws SQLException {
        String sql = """
                SELECT kind.key, subject.key, sum(round((subject.value)::text::numeric)::bigint)
                FROM terminal_events e,
                     jsonb_each(CASE WHEN jsonb_typeof(e.body->'counts') = 'object' THEN e.body->'counts'
                                     ELSE '{}'::jsonb END) kind,
                     jsonb_each(CASE WHEN jsonb_typeof(kind.value) = 'object' THEN kind.value ELSE '{}'::jsonb END)
                         subject
                WHERE e.event_type = 'usage.counts' AND kind.key IN ('explainer.view', 'category.view')
                  AND jsonb_typeof(subject.value) = 'number'
                  AND report_date(e.body->>'day') >= ? AND report_date(e.body->>'day') < ?
                GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 50""";
        List<CountyReport.TopicDemand> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.TopicDemand(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    private static List<CountyReport.WeeklySearches> searches(Connection c, ReportPeriod p) throws SQLException {
        String sql = """
                SELECT date_trunc('week', report_date(e.body->>'day'))::date,
                       sum(CASE WHEN kind.key = 'search.nothingFound' THEN round((kind.value)::text::numeric)::bigint ELSE 0 END),
                       sum(CASE WHEN kind.key = 'search.abandoned' THEN round((kind.value)::text::numeric)::bigint ELSE 0 END)
                FROM terminal_events e,
                     jsonb_each(CASE WHEN jsonb_typeof(e.body->'counts') = 'object' THEN e.body->'counts'
                                     ELSE '{}'::jsonb END) kind
                WHERE e.event_type = 'usage.counts' AND kind.key IN ('search.nothingFound', 'search.abandoned')
                  AND jsonb_typeof(kind.value) = 'number'
                  AND report_date(e.body->>'day') >= ? AND report_date(e.body->>'day') < ?
                GROUP BY 1 ORDER BY 1""";
        List<CountyReport.WeeklySearches> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.WeeklySearches(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    private static List<CountyReport.TopicDemand> callbackTopics(Connection c, ReportPeriod p) throws SQLException {
        String sql = """
                SELECT topic, count(*) FROM callback_requests
                WHERE (requested_at AT TIME ZONE 'Asia/Shanghai') >= ? AND (requested_at AT TIME ZONE 'Asia/Shanghai') < ?
                GROUP BY 1 ORDER BY 2 DESC, 1""";
        List<CountyReport.TopicDemand> rows = new ArrayList<>();
        try (PreparedStatement q = period(c.prepareStatement(sql), p, 1);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new CountyReport.TopicDemand("callback", rs.getString(1), rs.getLong(2)));
            }
        }
        return rows;
    }

    private static PreparedStatement period(PreparedStatement q, ReportPeriod p, int first) throws SQLException {
        q.setDate(first, Date.valueOf(p.from()));
        q.setDate(first + 1, Date.valueOf(p.to()));
        return q;
    }
}
