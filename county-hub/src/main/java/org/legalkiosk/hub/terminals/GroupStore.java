package org.legalkiosk.hub.terminals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;

/** Groups of terminals: each with its offline timeout and, once the county sets one, a content target. */
public final class GroupStore {

    public record Group(String name, int offlineAfterSeconds, String contentChannel, Long contentVersion) {}

    private final DataSource db;

    public GroupStore(DataSource db) {
        this.db = db;
    }

    /** Creates the group or updates its offline timeout. */
    public void put(String actor, String name, int offlineAfterSeconds) {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("a group name is 1 to 64 characters");
        }
        if (offlineAfterSeconds < 30 || offlineAfterSeconds > 86_400) {
            throw new IllegalArgumentException("the offline timeout is 30 s to a day");
        }
        Transactions.inTransaction(db, "save a group", c -> {
            // The old value goes into the audit entry, so "who changed what" reads as a change, not only a result.
            Integer before = null;
            try (PreparedStatement q =
                    c.prepareStatement("SELECT offline_after_seconds FROM terminal_groups WHERE name = ? FOR UPDATE")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        before = rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO terminal_groups (name, offline_after_seconds) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET offline_after_seconds = excluded.offline_after_seconds""")) {
                upsert.setString(1, name);
                upsert.setInt(2, offlineAfterSeconds);
                upsert.executeUpdate();
            }
            AuditLog.record(
                    c,
                    actor,
                    "group.put",
                    name,
                    before == null
                            ? "new group, offline after " + offlineAfterSeconds + " s"
                            : "offline after " + offlineAfterSeconds + " s (was " + before + " s)");
            return null;
        });
    }

    /** Sets the content channel and version the group's terminals should reach. */
    public void setContentTarget(String actor, String name, String channel, long version) {
        Transactions.inTransaction(db, "set a content target", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE terminal_groups SET content_channel = ?, content_version = ? WHERE name = ?")) {
                update.setString(1, channel);
                update.setLong(2, version);
                update.setString(3, name);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此分组 / no group named " + name);
                }
            }
            AuditLog.record(c, actor, "group.content-target", name, channel + " v" + version);
            return null;
        });
    }

    public List<Group> list() {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT name, offline_after_seconds, content_channel, content_version FROM terminal_groups ORDER BY name")) {
            List<Group> groups = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long v = rs.getLong(4);
                    groups.add(new Group(rs.getString(1), rs.getInt(2), rs.getString(3), rs.wasNull() ? null : v));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read groups", e);
        }
    }
}
