package org.legalkiosk.hub.terminals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.WireJson;

/**
 * Reads the fleet for the console and the metrics: every terminal with its latest status, online when its last
 * heartbeat is younger than its group's timeout. A township officer's view is limited in the query itself, so
 * a page cannot forget to filter.
 */
public final class FleetView {

    private static final TypeReference<List<DeviceReport>> DEVICES = new TypeReference<>() {};

    private final DataSource db;
    private final Clock clock;

    public FleetView(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Terminals by township, group and id; only those of {@code township} when given. */
    public List<TerminalRow> terminals(Optional<String> township) {
        Instant now = clock.instant();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                SELECT t.id, t.name, t.township, t.group_name, t.enrolled_at IS NOT NULL, t.revoked_at IS NOT NULL,
                       s.received_at, s.received_at > ?::timestamptz - make_interval(secs => g.offline_after_seconds),
                       s.app_version, s.content_version, s.devices::text, s.help_presses, s.last_help_at,
                       s.sync_backlog, s.disk_free_bytes, s.pin_version, s.pin_rolled_back_from, s.pin_since,
                       a.state, a.problem, a.flagged_at, a.reported_lines, a.anchor_lines
                FROM terminals t JOIN terminal_groups g ON g.name = t.group_name
                LEFT JOIN terminal_status s ON s.terminal_id = t.id
                LEFT JOIN terminal_audit_heads a ON a.terminal_id = t.id
                WHERE (?::text IS NULL OR t.township = ?)
                ORDER BY t.township, t.group_name, t.id""")) {
            q.setTimestamp(1, Timestamp.from(now));
            q.setString(2, township.orElse(null));
            q.setString(3, township.orElse(null));
            List<TerminalRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read terminals", e);
        }
    }

    /**
     * Every group with its content target and the versions its enrolled, unrevoked terminals report; only terminals
     * of {@code township} when given (groups without any of them are left out then).
     */
    public List<RolloutRow> rollout(Optional<String> township) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("""
                SELECT g.name, g.content_channel, g.content_version, s.content_version, count(t.id)
                FROM terminal_groups g
                LEFT JOIN terminals t ON t.group_name = g.name AND t.enrolled_at IS NOT NULL
                     AND t.revoked_at IS NULL AND (?::text IS NULL OR t.township = ?)
                LEFT JOIN terminal_status s ON s.terminal_id = t.id
                GROUP BY g.name, g.content_channel, g.content_version, s.content_version
                ORDER BY g.name, s.content_version DESC NULLS LAST""")) {
            q.setString(1, township.orElse(null));
            q.setString(2, township.orElse(null));
            java.util.Map<String, RolloutRow> groups = new java.util.LinkedHashMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long target = rs.getLong(3);
                    Long targetVersion = rs.wasNull() ? null : target;
                    RolloutRow row = groups.computeIfAbsent(rs.getString(1), g -> {
                        try {
                            return new RolloutRow(g, rs.getString(2), targetVersion, new java.util.LinkedHashMap<>());
                        } catch (SQLException e) {
                            throw new DataAccessException("cannot read groups", e);
                        }
                    });
                    long reported = rs.getLong(4);
                    String version = rs.wasNull() ? "—" : String.valueOf(reported);
                    int count = rs.getInt(5);
                    if (count > 0) {
                        row.byVersion().merge(version, count, Integer::sum);
                    }
                }
            }
            return groups.values().stream()
                    .filter(r -> township.isEmpty() || r.terminals() > 0)
                    .toList();
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the rollout", e);
        }
    }

    private static TerminalRow read(ResultSet rs) throws SQLException {
        Timestamp seen = rs.getTimestamp(7);
        String devicesJson = rs.getString(11);
        List<DeviceReport> attention = List.of();
        if (devicesJson != null) {
            try {
                attention = WireJson.mapper().readValue(devicesJson, DEVICES).stream()
                        .filter(DeviceReport::needsAttention)
                        .toList();
            } catch (IOException e) {
                attention = List.of();
            }
        }
        long content = rs.getLong(10);
        boolean noContent = rs.wasNull();
        long disk = rs.getLong(15);
        boolean noDisk = rs.wasNull();
        Timestamp help = rs.getTimestamp(13);
        ContentPin pin = null;
        long pinVersion = rs.getLong(16);
        if (!rs.wasNull()) {
            Timestamp since = rs.getTimestamp(18);
            pin = new ContentPin(pinVersion, rs.getLong(17), since == null ? null : since.toInstant());
        }
        AuditChainState audit = null;
        String verdict = rs.getString(19);
        if (verdict != null) {
            Timestamp flagged = rs.getTimestamp(21);
            audit = new AuditChainState(
                    AuditChainState.Verdict.valueOf(verdict),
                    rs.getString(20),
                    flagged == null ? null : flagged.toInstant(),
                    rs.getLong(22),
                    rs.getLong(23));
        }
        return new TerminalRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                seen == null ? null : seen.toInstant(),
                seen != null && rs.getBoolean(8),
                rs.getString(9),
                noContent ? null : content,
                attention,
                rs.getInt(12),
                help == null ? null : help.toInstant(),
                rs.getInt(14),
                noDisk ? null : disk,
                pin,
                audit);
    }
}
