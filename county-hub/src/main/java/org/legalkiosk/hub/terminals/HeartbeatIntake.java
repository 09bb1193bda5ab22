package org.legalkiosk.hub.terminals;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.desk.DecisionDispatch;
import org.legalkiosk.hub.notices.NoticeStore;
import org.legalkiosk.hub.protocol.AuditAnchor;
import org.legalkiosk.hub.protocol.ContentPin;
import org.legalkiosk.hub.protocol.ContentTarget;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.schedule.ScheduleDispatch;

/**
 * Takes a heartbeat: overwrites the terminal's latest status and answers with what it should do next (its group's
 * content target, the notices for its group, a pending screenshot request, which is cleared once handed out), with
 * its content pin, and checks its audit-log head against the hub's anchor ({@link AuditChainCheck}); takes the
 * terminal's acknowledgements of the offices' decisions and sends the rest ({@link DecisionDispatch}).
 * One transaction, so a reply never hands out a screenshot request that the status write then loses.
 */
public final class HeartbeatIntake {

    private final DataSource db;
    private final NoticeStore notices;
    private final Clock clock;
    private final int heartbeatSeconds;
    private final String channelKey;
    private final AuditChainCheck auditChains;
    private final ScheduleDispatch schedules = new ScheduleDispatch();
    private final DecisionDispatch decisions = new DecisionDispatch();

    public HeartbeatIntake(DataSource db, NoticeStore notices, Clock clock, int heartbeatSeconds) {
        this(db, notices, clock, heartbeatSeconds, null);
    }

    /**
     * @param channelKey the public key of the hub's own pull channel (base64), sent with every content target so
     *                   the terminal can check the channel documents; null when the hub publishes none
     */
    public HeartbeatIntake(DataSource db, NoticeStore notices, Clock clock, int heartbeatSeconds, String channelKey) {
        this.db = db;
        this.notices = notices;
        this.clock = clock;
        this.heartbeatSeconds = heartbeatSeconds;
        this.channelKey = channelKey;
        this.auditChains = new AuditChainCheck(db);
    }

    public HeartbeatReply accept(TerminalIdentity terminal, HeartbeatRequest beat) {
        var now = clock.instant();
        return Transactions.inTransaction(db, "record a heartbeat", c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO terminal_status (terminal_id, received_at, app_version, content_version, devices,
                        help_presses, last_help_at, sync_backlog, disk_free_bytes, uptime_seconds, pin_version,
                        pin_rolled_back_from, pin_since)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (terminal_id) DO UPDATE SET received_at = excluded.received_at,
                        app_version = excluded.app_version, content_version = excluded.content_version,
                        devices = excluded.devices, help_presses = excluded.help_presses,
                        last_help_at = excluded.last_help_at, sync_backlog = excluded.sync_backlog,
                        disk_free_bytes = excluded.disk_free_bytes, uptime_seconds = excluded.uptime_seconds,
                        pin_version = excluded.pin_version, pin_rolled_back_from = excluded.pin_rolled_back_from,
                        pin_since = excluded.pin_since""")) {
                upsert.setString(1, terminal.id());
                upsert.setTimestamp(2, Timestamp.from(now));
                upsert.setString(3, beat.appVersion());
                setLong(upsert, 4, beat.contentVersion());
                upsert.setString(5, new String(WireJson.write(beat.devices()), StandardCharsets.UTF_8));
                upsert.setInt(6, beat.helpPresses());
                upsert.setTimestamp(7, beat.lastHelpAt() == null ? null : Timestamp.from(beat.lastHelpAt()));
                upsert.setInt(8, beat.syncBacklog());
                setLong(upsert, 9, beat.diskFreeBytes());
                upsert.setLong(10, beat.uptimeSeconds());
                ContentPin pin = beat.pin();
                setLong(upsert, 11, pin == null ? null : pin.version());
                setLong(upsert, 12, pin == null ? null : pin.rolledBackFrom());
                upsert.setTimestamp(13, pin == null || pin.since() == null ? null : Timestamp.from(pin.since()));
                upsert.executeUpdate();
            }
            AuditAnchor anchor = beat.audit() == null ? null : auditChains.check(c, terminal.id(), beat.audit(), now);
            ContentTarget content = null;
            try (PreparedStatement q =
                    c.prepareStatement("SELECT content_channel, content_version FROM terminal_groups WHERE name = ?")) {
                q.setString(1, terminal.group());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        content = new ContentTarget(rs.getString(1), rs.getLong(2), channelKey);
                    }
                }
            }
            boolean screenshot;
            try (PreparedStatement take = c.prepareStatement("""
                    UPDATE terminals SET screenshot_requested_at = NULL, screenshot_handed_out_at = ?
                    WHERE id = ? AND screenshot_requested_at IS NOT NULL RETURNING id""")) {
                take.setTimestamp(1, Timestamp.from(now));
                take.setString(2, terminal.id());
                try (ResultSet rs = take.executeQuery()) {
                    screenshot = rs.next();
                }
            }
            return new HeartbeatReply(
                            heartbeatSeconds,
                            content,
                            notices.forGroup(c, terminal.group(), now),
                            screenshot,
                            now,
                            anchor)
                    .withSchedule(schedules.forHeartbeat(c, terminal.id(), beat.schedule(), now))
                    .withDecisions(decisions.forHeartbeat(c, terminal.id(), beat.decisionAcks(), now));
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
