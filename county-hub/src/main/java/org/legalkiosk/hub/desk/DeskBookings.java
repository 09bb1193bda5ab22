package org.legalkiosk.hub.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.users.User;

/**
 * The office desk's bookings: a township's (or the county's) bookings by day, one booking by terminal and code or
 * by the code alone (check-in), and the office's decisions and notes. Every decision and note is written with its
 * audit entry in one transaction, after the booking's row is locked, so two officers acting at once are serialised
 * and the second sees the first's decision. Deciding what the booking already is changes nothing (a double click).
 */
public final class DeskBookings {

    /** Slot times are the offices' local time; a county hub serves one county, and China has one time zone. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** Names and phones are kept this long after the slot ends, as on the kiosk (PersonalDataPurge). */
    public static final Duration RETENTION = Duration.ofDays(30);

    public static final int NOTE_MAX = 500;

    /** What a decision did. */
    public enum Outcome {
        DECIDED,
        ALREADY
    }

    private static final String SELECT = """
            SELECT d.terminal_id, t.name, t.township, d.booking_code, d.office_id, d.office_name, d.service_id,
                d.service_zh, d.service_en, d.slot_start, d.slot_end, d.matter, d.kiosk_state, d.visitor_name,
                d.visitor_phone, d.erased_at IS NOT NULL, ld.decision, ld.reason, ld.decided_by, ld.decided_at
            FROM desk_bookings d JOIN terminals t ON t.id = d.terminal_id
            LEFT JOIN LATERAL (SELECT decision, reason, decided_by, decided_at FROM booking_decisions b
                WHERE b.terminal_id = d.terminal_id AND b.booking_code = d.booking_code
                ORDER BY b.id DESC LIMIT 1) ld ON true
            """;

    /** The township filter as two parameters (see {@link #scope}): null for the whole county. */
    private static final String IN_SCOPE = " AND (CAST(? AS text) IS NULL OR t.township = ?)";

    private final DataSource db;
    private final Clock clock;

    public DeskBookings(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Today in the offices' time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
    }

    /**
     * The bookings whose slot starts on {@code from} or within the {@code days} after it, by time, office and
     * service; {@code township} empty for the whole county.
     */
    public List<DeskBooking> days(LocalDate from, int days, Optional<String> township) {
        if (days < 1 || days > 31) {
            throw new IllegalArgumentException("days must be 1-31, not " + days);
        }
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(SELECT + " WHERE d.slot_start >= ? AND d.slot_start < ?"
                        + IN_SCOPE + " ORDER BY d.slot_start, d.office_name, d.service_zh, d.booking_code")) {
            q.setObject(1, from.atStartOfDay());
            q.setObject(2, from.plusDays(days).atStartOfDay());
            scope(q, 3, township);
            return rows(q);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the desk's bookings", e);
        }
    }

    /** One booking, when it exists and the township (empty: any) holds its terminal. */
    public Optional<DeskBooking> find(String terminalId, String code, Optional<String> township) {
        try (Connection c = db.getConnection();
                PreparedStatement q =
                        c.prepareStatement(SELECT + " WHERE d.terminal_id = ? AND d.booking_code = ?" + IN_SCOPE)) {
            q.setString(1, terminalId);
            q.setString(2, code);
            scope(q, 3, township);
            return rows(q).stream().findFirst();
        } catch (SQLException e) {
            throw new DataAccessException("cannot read booking " + code, e);
        }
    }

    /**
     * The bookings with this code (check-in by the slip's code). Codes are unique per terminal, so two terminals may
     * have made the same one: the newest slot first.
     */
    public List<DeskBooking> byCode(String code, Optional<String> township) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        SELECT + " WHERE d.booking_code = ?" + IN_SCOPE + " ORDER BY d.slot_start DESC NULLS LAST")) {
            q.setString(1, code);
            scope(q, 2, township);
            return rows(q);
        } catch (SQLException e) {
            throw new DataAccessException("cannot find booking " + code, e);
        }
    }

    /**
     * Records a decision with its audit entry. The caller has checked that the actor may act on the terminal.
     *
     * @param reason a cancellation's reason ({@link CancelReason#withExtra}), null for the other decisions
     * @throws java.util.NoSuchElementException when there is no such booking
     * @throws IllegalStateException            when the booking's status does not allow the decision (the message
     *                                          says why, in Chinese and English)
     */
    public Outcome decide(User actor, String terminalId, String code, DeskDecision decision, String reason) {
        if (decision == DeskDecision.CANCELLED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("取消须说明原因 / a cancellation needs a reason");
        }
        return Transactions.inTransaction(db, "record a decision", c -> {
            DeskStatus status = lockedStatus(c, terminalId, code);
            if (status == DeskStatus.after(decision)) {
                return Outcome.ALREADY;
            }
            if (!status.allows(decision)) {
                throw new IllegalStateException(
                        "预约已是“" + status.zh() + "”，不能再" + decision.actionZh() + " / the booking is "
                                + status.en().toLowerCase(java.util.Locale.ROOT) + ": it cannot be "
                                + decision.doneEn().toLowerCase(java.util.Locale.ROOT) + " now");
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO booking_decisions (terminal_id, booking_code, decision, reason, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, terminalId);
                insert.setString(2, code);
                insert.setString(3, decision.name());
                insert.setString(4, decision == DeskDecision.CANCELLED ? reason : null);
                insert.setString(5, actor.username());
                insert.setTimestamp(6, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            AuditLog.record(
                    c,
                    actor.username(),
                    "desk.decision",
                    terminalId + "/" + code,
                    decision.name() + (decision == DeskDecision.CANCELLED ? "：" + reason : ""));
            return Outcome.DECIDED;
        });
    }

    /**
     * Adds an officer's note to a booking, with its audit entry.
     *
     * @throws IllegalArgumentException when the note is empty or longer than {@value #NOTE_MAX} characters
     */
    public void note(User actor, String terminalId, String code, String note) {
        String text = note == null ? "" : note.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", " ");
        if (text.isEmpty() || text.length() > NOTE_MAX) {
            throw new IllegalArgumentException(
                    "备注须为 1 到 " + NOTE_MAX + " 个字 / a note is 1 to " + NOTE_MAX + " characters");
        }
        Transactions.inTransaction(db, "add a note", c -> {
            lockedStatus(c, terminalId, code);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO desk_notes (terminal_id, booking_code, note, written_by, written_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                insert.setString(1, terminalId);
                insert.setString(2, code);
                insert.setString(3, text);
                insert.setString(4, actor.username());
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            AuditLog.record(c, actor.username(), "desk.note", terminalId + "/" + code, text);
            return null;
        });
    }

    /** A booking's decisions and notes, oldest first. */
    public List<DeskNote> history(String terminalId, String code) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        SELECT decided_at, decided_by, decision, reason, acknowledged_at FROM booking_decisions
                        WHERE terminal_id = ? AND booking_code = ?
                        UNION ALL
                        SELECT written_at, written_by, NULL, note, NULL FROM desk_notes
                        WHERE terminal_id = ? AND booking_code = ?
                        ORDER BY 1""")) {
            q.setString(1, terminalId);
            q.setString(2, code);
            q.setString(3, terminalId);
            q.setString(4, code);
            List<DeskNote> notes = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    notes.add(new DeskNote(
                            rs.getTimestamp(1).toInstant(),
                            rs.getString(2),
                            rs.getString(3) == null ? null : DeskDecision.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getTimestamp(5) == null
                                    ? null
                                    : rs.getTimestamp(5).toInstant()));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the history of booking " + code, e);
        }
    }

    /**
     * Erases the names and phones of bookings whose slot ended more than {@link #RETENTION} ago (or, with no slot
     * known, that were made that long ago), also from the stored {@code booking.created} event; answers how many.
     * The event's hash stays, so a late retry of it is still recognised as a replay.
     */
    public int purgePersonal() {
        Instant now = clock.instant();
        LocalDateTime slotCutoff = LocalDateTime.ofInstant(now.minus(RETENTION), OFFICE_ZONE);
        return Transactions.inTransaction(db, "erase names and phones past retention", c -> {
            try (PreparedStatement events = c.prepareStatement("""
                            UPDATE terminal_events e SET body = e.body - 'visitor'
                            FROM desk_bookings d
                            WHERE e.terminal_id = d.terminal_id AND e.body->>'code' = d.booking_code
                              AND e.event_type = 'booking.created' AND e.body -> 'visitor' IS NOT NULL
                              AND d.erased_at IS NULL
                              AND (d.slot_end < ? OR (d.slot_end IS NULL AND d.booked_at < ?))""");
                    PreparedStatement desk = c.prepareStatement("""
                            UPDATE desk_bookings SET visitor_name = NULL, visitor_phone = NULL, erased_at = ?
                            WHERE erased_at IS NULL
                              AND (slot_end < ? OR (slot_end IS NULL AND booked_at < ?))""")) {
                Timestamp bookedCutoff = Timestamp.from(now.minus(RETENTION));
                events.setObject(1, slotCutoff);
                events.setTimestamp(2, bookedCutoff);
                events.executeUpdate();
                desk.setTimestamp(1, Timestamp.from(now));
                desk.setObject(2, slotCutoff);
                desk.setTimestamp(3, bookedCutoff);
                return desk.executeUpdate();
            }
        });
    }

    private static void scope(PreparedStatement q, int first, Optional<String> township) throws SQLException {
        q.setString(first, township.orElse(null));
        q.setString(first + 1, township.orElse(null));
    }

    private static DeskStatus lockedStatus(Connection c, String terminalId, String code) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT d.kiosk_state, (SELECT decision FROM booking_decisions b
                    WHERE b.terminal_id = d.terminal_id AND b.booking_code = d.booking_code ORDER BY b.id DESC LIMIT 1)
                FROM desk_bookings d WHERE d.terminal_id = ? AND d.booking_code = ? FOR UPDATE""")) {
            q.setString(1, terminalId);
            q.setString(2, code);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new java.util.NoSuchElementException("没有此预约 / no such booking");
                }
                return DeskStatus.of(
                        rs.getString(1), rs.getString(2) == null ? null : DeskDecision.valueOf(rs.getString(2)));
            }
        }
    }

    private static List<DeskBooking> rows(PreparedStatement q) throws SQLException {
        List<DeskBooking> rows = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String decision = rs.getString(17);
                Timestamp decidedAt = rs.getTimestamp(20);
                rows.add(new DeskBooking(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDateTime.class),
                        rs.getObject(11, LocalDateTime.class),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15),
                        true,
                        rs.getBoolean(16),
                        DeskStatus.of(rs.getString(13), decision == null ? null : DeskDecision.valueOf(decision)),
                        rs.getString(18),
                        rs.getString(19),
                        decidedAt == null ? null : decidedAt.toInstant()));
            }
        }
        return rows;
    }
}
