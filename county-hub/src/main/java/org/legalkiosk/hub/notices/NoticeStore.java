package org.legalkiosk.hub.notices;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.HubNotice;
import org.legalkiosk.hub.protocol.Limits;

/**
 * Notices: saved from a valid {@link NoticeDraft}, withdrawn, and handed to terminals: every notice in force or
 * starting within {@link #LOOK_AHEAD} for the terminal's group (or for all), urgent first, at most
 * {@link Limits#MAX_NOTICES}. Text is stored as typed; the console escapes it when it shows it.
 */
public final class NoticeStore {

    /** Notices starting this soon are sent ahead, so a terminal offline at the start time still shows them. */
    public static final Duration LOOK_AHEAD = Duration.ofDays(1);

    private final DataSource db;

    public NoticeStore(DataSource db) {
        this.db = db;
    }

    /**
     * @throws IllegalArgumentException when the draft has problems (the caller shows {@link NoticeDraft#problems()})
     *                                  or names a group that does not exist
     */
    public long create(String actor, NoticeDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException(
                    String.join("; ", draft.problems().values()));
        }
        return Transactions.inTransaction(db, "save a notice", c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO notices (title_zh, title_en, body_zh, body_en, urgent, starts_at, ends_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setString(1, draft.titleZh().strip());
                insert.setString(2, blankToNull(draft.titleEn()));
                insert.setString(3, draft.bodyZh().strip());
                insert.setString(4, blankToNull(draft.bodyEn()));
                insert.setBoolean(5, draft.urgent());
                insert.setTimestamp(6, Timestamp.from(draft.startsAt()));
                insert.setTimestamp(7, draft.endsAt() == null ? null : Timestamp.from(draft.endsAt()));
                insert.setString(8, actor);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            for (String group : draft.groups()) {
                try (PreparedStatement target = c.prepareStatement(
                        "INSERT INTO notice_targets (notice_id, group_name) SELECT ?, name FROM terminal_groups"
                                + " WHERE name = ?")) {
                    target.setLong(1, id);
                    target.setString(2, group);
                    if (target.executeUpdate() == 0) {
                        throw new IllegalArgumentException("没有此分组 / no group named " + group);
                    }
                }
            }
            AuditLog.record(
                    c,
                    actor,
                    "notice.create",
                    "notice " + id,
                    (draft.urgent() ? "urgent: " : "") + draft.titleZh() + " → "
                            + (draft.groups().isEmpty() ? "all" : String.join(", ", draft.groups())));
            return id;
        });
    }

    public void withdraw(String actor, long id, Instant now) {
        Transactions.inTransaction(db, "withdraw a notice", c -> {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE notices SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此通知或已撤回 / no such notice, or already withdrawn");
                }
            }
            AuditLog.record(c, actor, "notice.withdraw", "notice " + id, null);
            return null;
        });
    }

    /** The newest first. */
    public List<NoticeRow> list(int limit) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                SELECT n.id, n.title_zh, n.title_en, n.body_zh, n.urgent, n.starts_at, n.ends_at,
                       array_remove(array_agg(t.group_name ORDER BY t.group_name), NULL), n.created_by, n.created_at,
                       n.withdrawn_at
                FROM notices n LEFT JOIN notice_targets t ON t.notice_id = n.id
                GROUP BY n.id ORDER BY n.id DESC LIMIT ?""")) {
            q.setInt(1, limit);
            List<NoticeRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Array groups = rs.getArray(8);
                    rows.add(new NoticeRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getTimestamp(6).toInstant(),
                            instant(rs.getTimestamp(7)),
                            Arrays.asList((String[]) groups.getArray()),
                            rs.getString(9),
                            rs.getTimestamp(10).toInstant(),
                            instant(rs.getTimestamp(11))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read notices", e);
        }
    }

    /** What a terminal of {@code group} should show now or soon, on the caller's connection (inside a heartbeat). */
    public List<HubNotice> forGroup(Connection c, String group, Instant now) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT n.id, n.title_zh, n.title_en, n.body_zh, n.body_en, n.urgent, n.starts_at, n.ends_at
                FROM notices n
                WHERE n.withdrawn_at IS NULL AND n.starts_at <= ? AND (n.ends_at IS NULL OR n.ends_at > ?)
                  AND (NOT EXISTS (SELECT 1 FROM notice_targets t WHERE t.notice_id = n.id)
                       OR EXISTS (SELECT 1 FROM notice_targets t WHERE t.notice_id = n.id AND t.group_name = ?))
                ORDER BY n.urgent DESC, n.starts_at DESC LIMIT ?""")) {
            q.setTimestamp(1, Timestamp.from(now.plus(LOOK_AHEAD)));
            q.setTimestamp(2, Timestamp.from(now));
            q.setString(3, group);
            q.setInt(4, Limits.MAX_NOTICES);
            List<HubNotice> notices = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    notices.add(new HubNotice(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6),
                            rs.getTimestamp(7).toInstant(),
                            instant(rs.getTimestamp(8))));
                }
            }
            return notices;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
