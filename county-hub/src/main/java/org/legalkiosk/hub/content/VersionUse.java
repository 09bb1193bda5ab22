package org.legalkiosk.hub.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who still needs a content version on the hub, so it is not deleted under them: a group whose target it is (its
 * terminals fetch it from the pull channel), a scheduled rollout not applied yet, and enrolled terminals that run it
 * or are pinned to it (decision 0019: a pinned terminal's only way forward is a newer version, but the county should
 * see it on the version before the version goes).
 */
final class VersionUse {

    private VersionUse() {}

    /** Each reason {@code version} is in use, in Chinese and English; empty when nothing needs it. */
    static List<String> reasons(Connection c, long version) throws SQLException {
        List<String> reasons = new ArrayList<>();
        List<String> groups =
                strings(c, "SELECT name FROM terminal_groups WHERE content_version = ? ORDER BY name", version);
        if (!groups.isEmpty()) {
            String names = String.join("、", groups);
            reasons.add("它是分组 " + names + " 的目标版本 / it is the target of group(s) " + names);
        }
        List<String> schedules = strings(c, """
                SELECT '#' || id || ' ' || coalesce(group_name, '*') || ' ' || to_char(starts_at AT TIME ZONE 'UTC',
                    'YYYY-MM-DD HH24:MI') || ' UTC' FROM scheduled_rollouts
                WHERE version = ? AND applied_at IS NULL AND cancelled_at IS NULL ORDER BY starts_at""", version);
        if (!schedules.isEmpty()) {
            String list = String.join(", ", schedules);
            reasons.add("已安排定时发布 " + list + "（可先取消）/ scheduled rollout(s) " + list + " (cancel them first)");
        }
        try (PreparedStatement q = c.prepareStatement("""
                SELECT count(*) FROM terminals t JOIN terminal_status s ON s.terminal_id = t.id
                WHERE t.enrolled_at IS NOT NULL AND t.revoked_at IS NULL
                  AND (s.content_version = ? OR s.pin_version = ?)""")) {
            q.setLong(1, version);
            q.setLong(2, version);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long terminals = rs.getLong(1);
                if (terminals > 0) {
                    reasons.add(
                            terminals + " 台终端正在使用或锁定在此版本 / " + terminals + " terminal(s) run it or are pinned to it");
                }
            }
        }
        return reasons;
    }

    private static List<String> strings(Connection c, String sql, long version) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, version);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
