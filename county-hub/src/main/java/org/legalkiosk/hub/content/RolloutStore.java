package org.legalkiosk.hub.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;

/**
 * Sends a version on the hub to terminals: first to one (pilot) group, then, once that looks right, to every group.
 * It sets each group's content target, which every heartbeat reply carries; the terminals then fetch the version
 * from the hub's pull channel. Only versions the hub holds can be rolled out, so a target never names a version no
 * terminal could fetch. A lower version than a group had is allowed but does not take terminals back: a kiosk takes
 * only newer content (an older version comes back only through a rollback on the terminal).
 *
 * <p>A rollout can also be {@linkplain #schedule scheduled} for a set time, to one group or to all (say, a new
 * version to every village at night, after the pilot group had it for a week); {@link RolloutScheduler} applies it
 * when due, as {@link #SCHEDULER} in the audit log, naming who scheduled it.
 */
public final class RolloutStore {

    /** The actor of a scheduled rollout's audit entry when it is applied. */
    public static final String SCHEDULER = "scheduler";
    /** How far ahead a rollout may be scheduled. */
    public static final Duration MAX_AHEAD = Duration.ofDays(366);

    private final DataSource db;
    private final ContentLibrary library;

    public RolloutStore(DataSource db, ContentLibrary library) {
        this.db = db;
        this.library = library;
    }

    /** Rolls {@code version} out to one group. */
    public void toGroup(String actor, long version, String group) {
        BundleRow bundle = bundle(version);
        Transactions.inTransaction(db, "roll out to a group", c -> {
            toGroup(c, actor, bundle, group, "");
            return null;
        });
    }

    /** Rolls {@code version} out to every group; answers how many groups there are. */
    public int toAll(String actor, long version) {
        BundleRow bundle = bundle(version);
        return Transactions.inTransaction(db, "roll out to every group", c -> toAll(c, actor, bundle, ""));
    }

    /**
     * Schedules {@code version} for one group ({@code group}) or every group ({@code group} null) at {@code startsAt},
     * which must lie after {@code now} and at most {@link #MAX_AHEAD} ahead.
     *
     * @return the schedule's id
     * @throws IllegalArgumentException naming what is wrong, in Chinese and English
     */
    public long schedule(String actor, long version, String group, Instant startsAt, Instant now) {
        BundleRow bundle = bundle(version);
        if (startsAt == null || !startsAt.isAfter(now)) {
            throw new IllegalArgumentException("开始时间要晚于现在 / the start must lie in the future");
        }
        if (startsAt.isAfter(now.plus(MAX_AHEAD))) {
            throw new IllegalArgumentException("最多提前一年安排 / at most a year ahead");
        }
        return Transactions.inTransaction(db, "schedule a rollout", c -> {
            if (group != null) {
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM terminal_groups WHERE name = ?")) {
                    q.setString(1, group);
                    if (!q.executeQuery().next()) {
                        throw new IllegalArgumentException("没有此分组 / no group named " + group);
                    }
                }
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO scheduled_rollouts (version, group_name, starts_at, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, version);
                insert.setString(2, group);
                insert.setTimestamp(3, Timestamp.from(startsAt));
                insert.setString(4, actor);
                insert.setTimestamp(5, Timestamp.from(now));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            AuditLog.record(
                    c,
                    actor,
                    "content.rollout-scheduled",
                    group == null ? "*" : group,
                    "v" + version + " (" + bundle.label() + ") to " + (group == null ? "all groups" : "group " + group)
                            + " at " + startsAt + ", schedule " + id);
            return id;
        });
    }

    /** Scheduled rollouts not applied or cancelled yet, soonest first. */
    public List<ScheduledRollout> pending() {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                        SELECT id, version, group_name, starts_at, created_by FROM scheduled_rollouts
                        WHERE applied_at IS NULL AND cancelled_at IS NULL ORDER BY starts_at, id""")) {
            List<ScheduledRollout> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ScheduledRollout(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read scheduled rollouts", e);
        }
    }

    /** Cancels a pending scheduled rollout; one already applied or cancelled is refused. */
    public void cancel(String actor, long id, Instant now) {
        Transactions.inTransaction(db, "cancel a scheduled rollout", c -> {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE scheduled_rollouts SET cancelled_at = ?, cancelled_by = ?
                    WHERE id = ? AND applied_at IS NULL AND cancelled_at IS NULL
                    RETURNING version, coalesce(group_name, '*')""")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, actor);
                update.setLong(3, id);
                try (ResultSet rs = update.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("没有待执行的安排 " + id + "（已执行或已取消）/ no pending schedule " + id
                                + " (already applied or cancelled)");
                    }
                    AuditLog.record(
                            c,
                            actor,
                            "content.rollout-cancelled",
                            rs.getString(2),
                            "schedule " + id + " of v" + rs.getLong(1));
                }
            }
            return null;
        });
    }

    /**
     * Applies every scheduled rollout due at {@code now}, oldest first, each in its own transaction with its mark as
     * applied; rows another hub is applying at the same moment are skipped (they are that hub's).
     *
     * @return how many were applied
     */
    public int applyDue(Instant now) {
        int applied = 0;
        while (Transactions.inTransaction(db, "apply a scheduled rollout", c -> applyOne(c, now))) {
            applied++;
        }
        return applied;
    }

    private boolean applyOne(Connection c, Instant now) throws SQLException {
        long id;
        long version;
        String group;
        String by;
        try (PreparedStatement q = c.prepareStatement("""
                SELECT id, version, group_name, created_by FROM scheduled_rollouts
                WHERE applied_at IS NULL AND cancelled_at IS NULL AND starts_at <= ?
                ORDER BY starts_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")) {
            q.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                id = rs.getLong(1);
                version = rs.getLong(2);
                group = rs.getString(3);
                by = rs.getString(4);
            }
        }
        BundleRow bundle = bundle(version); // the foreign key keeps it on the hub while scheduled
        String note = ", scheduled by " + by + " (schedule " + id + ")";
        if (group == null) {
            toAll(c, SCHEDULER, bundle, note);
        } else {
            toGroup(c, SCHEDULER, bundle, group, note);
        }
        try (PreparedStatement done = c.prepareStatement("UPDATE scheduled_rollouts SET applied_at = ? WHERE id = ?")) {
            done.setTimestamp(1, Timestamp.from(now));
            done.setLong(2, id);
            done.executeUpdate();
        }
        return true;
    }

    private static void toGroup(Connection c, String actor, BundleRow bundle, String group, String note)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE terminal_groups SET content_channel = ?, content_version = ? WHERE name = ?")) {
            update.setString(1, bundle.channel());
            update.setLong(2, bundle.version());
            update.setString(3, group);
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("没有此分组 / no group named " + group);
            }
        }
        AuditLog.record(
                c,
                actor,
                "content.rollout",
                group,
                "v" + bundle.version() + " (" + bundle.label() + ") to group " + group + note);
    }

    private static int toAll(Connection c, String actor, BundleRow bundle, String note) throws SQLException {
        int groups;
        try (PreparedStatement update =
                c.prepareStatement("UPDATE terminal_groups SET content_channel = ?, content_version = ?")) {
            update.setString(1, bundle.channel());
            update.setLong(2, bundle.version());
            groups = update.executeUpdate();
        }
        AuditLog.record(
                c,
                actor,
                "content.rollout",
                "*",
                "v" + bundle.version() + " (" + bundle.label() + ") to all " + groups + " groups" + note);
        return groups;
    }

    private BundleRow bundle(long version) {
        return library.find(version)
                .orElseThrow(() -> new IllegalArgumentException(
                        "平台上没有版本 " + version + " / version " + version + " is not on the hub"));
    }
}
