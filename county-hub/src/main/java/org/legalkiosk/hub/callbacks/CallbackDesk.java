package org.legalkiosk.hub.callbacks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.personal.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The township's callback list: open requests oldest first, then those done in the last {@link #DONE_SHOWN_DAYS}
 * days. A township officer sees their township's requests and, while a request is open, its number in full; a county
 * admin and an auditor see every township's, numbers masked. Marking a request done (called back, or could not
 * reach) is the officer's, audited in the same transaction, and sets the number to null; a number still there
 * {@link #PHONE_DAYS} days after it arrived is purged too ({@link #purgeExpired}), so an unanswered request does not
 * keep it for ever (docs/decisions/0065).
 */
public final class CallbackDesk {

    /** How long a number is kept for a request nobody marked done. */
    public static final Duration PHONE_DAYS = Duration.ofDays(14);
    /** How long a done request stays on the list, for the office's own overview. */
    public static final int DONE_SHOWN_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(CallbackDesk.class);

    private final DataSource db;
    private final Clock clock;

    public CallbackDesk(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What {@code viewer} may see, open first (oldest first: who waited longest is rung first). */
    public List<CallbackRow> list(User viewer) {
        purgeExpired();
        String scope = viewer.townshipScope().orElse(null);
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        SELECT r.id, r.terminal_id, t.name, t.township, r.topic, r.phone, r.language, r.requested_at,
                               r.outcome, r.done_by, r.done_at
                        FROM callback_requests r JOIN terminals t ON t.id = r.terminal_id
                        WHERE (?::text IS NULL OR t.township = ?)
                          AND (r.outcome IS NULL OR r.done_at > ?)
                        ORDER BY r.outcome IS NOT NULL, CASE WHEN r.outcome IS NULL THEN r.requested_at END,
                                 r.done_at DESC
                        LIMIT 500""")) {
            q.setString(1, scope);
            q.setString(2, scope);
            q.setTimestamp(3, Timestamp.from(clock.instant().minus(Duration.ofDays(DONE_SHOWN_DAYS))));
            List<CallbackRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, viewer));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the callback requests", e);
        }
    }

    private static CallbackRow row(ResultSet rs, User viewer) throws SQLException {
        String township = rs.getString(4);
        String stored = rs.getString(6);
        String outcome = rs.getString(9);
        boolean clear =
                stored != null && outcome == null && viewer.townshipScope().isPresent() && viewer.sees(township);
        String phone = stored == null ? "" : clear ? stored : PersonalData.maskPhone(stored);
        Timestamp doneAt = rs.getTimestamp(11);
        return new CallbackRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                township,
                rs.getString(5),
                phone,
                clear,
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                outcome == null ? null : CallbackOutcome.valueOf(outcome),
                rs.getString(10),
                doneAt == null ? null : doneAt.toInstant());
    }

    /** The township of a request, when there is one. */
    public Optional<String> township(long id) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        SELECT t.township FROM callback_requests r JOIN terminals t ON t.id = r.terminal_id
                        WHERE r.id = ?""")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read callback request " + id, e);
        }
    }

    /**
     * Marks an open request done by {@code officer} and drops its number, with the audit entry in the same
     * transaction. Answers false when it was done already (a second officer, a double click): nothing changes then.
     */
    public boolean markDone(User officer, long id, CallbackOutcome outcome) {
        return Transactions.inTransaction(db, "mark a callback request done", c -> {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE callback_requests SET outcome = ?, done_by = ?, done_at = ?, phone = NULL,
                           phone_purged_at = COALESCE(phone_purged_at, ?)
                    WHERE id = ? AND outcome IS NULL RETURNING terminal_id, topic""")) {
                Timestamp now = Timestamp.from(clock.instant());
                update.setString(1, outcome.name());
                update.setString(2, officer.username());
                update.setTimestamp(3, now);
                update.setTimestamp(4, now);
                update.setLong(5, id);
                try (ResultSet rs = update.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    AuditLog.record(
                            c,
                            officer.username(),
                            "callback.done",
                            "callback/" + id,
                            outcome.name() + " (terminal " + rs.getString(1) + ", topic " + rs.getString(2)
                                    + "); phone purged");
                    return true;
                }
            }
        });
    }

    /** Sets to null every number kept longer than {@link #PHONE_DAYS}; answers how many. Safe to run at any time. */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(PHONE_DAYS);
        int purged = Transactions.inTransaction(db, "purge old callback phones", c -> {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE callback_requests SET phone = NULL, phone_purged_at = ?
                    WHERE phone IS NOT NULL AND received_at < ?""")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setTimestamp(2, Timestamp.from(cutoff));
                int n = update.executeUpdate();
                if (n > 0) {
                    AuditLog.record(
                            c,
                            "hub",
                            "callback.purge",
                            "callback_requests",
                            n + " phone number(s) older than " + PHONE_DAYS.toDays() + " days purged");
                }
                return n;
            }
        });
        if (purged > 0) {
            LOG.info("Purged {} callback phone number(s) older than {} days", purged, PHONE_DAYS.toDays());
        }
        return purged;
    }
}
