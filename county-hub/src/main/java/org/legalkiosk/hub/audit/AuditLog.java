package org.legalkiosk.hub.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.personal.TextMasking;

/**
 * The audit log. {@link #record} takes the caller's connection so the entry commits or rolls back with the change:
 * there is never a change without its entry, nor an entry for a change that did not happen. Details are masked
 * ({@link TextMasking}) and cut to 1,000 characters.
 */
public final class AuditLog {

    private final DataSource db;

    public AuditLog(DataSource db) {
        this.db = db;
    }

    public static void record(Connection connection, String actor, String action, String target, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (actor, action, target, detail) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, target);
            String masked = TextMasking.mask(detail);
            insert.setString(4, masked == null || masked.length() <= 1000 ? masked : masked.substring(0, 1000) + "…");
            insert.executeUpdate();
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?")) {
            q.setInt(1, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the audit log", e);
        }
    }
}
