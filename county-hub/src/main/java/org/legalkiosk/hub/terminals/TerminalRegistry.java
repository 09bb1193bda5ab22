package org.legalkiosk.hub.terminals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.EnrolReply;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.security.Tokens;

/**
 * Terminals and their credentials. Provisioning ({@link #provision}) makes a one-time code valid for
 * {@link #CODE_LIFETIME}; the terminal trades it for a token ({@link #enrol}); the hub keeps only SHA-256 hashes of
 * both. Provisioning again (a replaced SSD, a lost token) makes a new code and voids the old token at enrolment;
 * {@link #revoke} refuses the terminal from the next request on.
 */
public final class TerminalRegistry {

    public static final Duration CODE_LIFETIME = Duration.ofDays(14);

    private final DataSource db;
    private final Clock clock;
    private final int heartbeatSeconds;

    public TerminalRegistry(DataSource db, Clock clock, int heartbeatSeconds) {
        this.db = db;
        this.clock = clock;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    /**
     * Creates the terminal (or re-provisions an existing one) and returns its enrolment code.
     *
     * @throws IllegalArgumentException when the id, name, township or group is not acceptable
     */
    public Provisioned provision(String actor, String id, String name, String township, String group) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException(
                    "终端编号为小写字母、数字和 - / a terminal id is lower-case letters, digits" + " and '-', at most 64");
        }
        requireText("name", name, 100);
        requireText("township", township, 64);
        requireText("group", group, 64);
        String code = Tokens.newEnrolCode();
        Instant expires = clock.instant().plus(CODE_LIFETIME);
        return Transactions.inTransaction(db, "provision a terminal", c -> {
            try (PreparedStatement groupExists = c.prepareStatement("SELECT 1 FROM terminal_groups WHERE name = ?")) {
                groupExists.setString(1, group);
                if (!groupExists.executeQuery().next()) {
                    throw new IllegalArgumentException("没有此分组 / no group named " + group);
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO terminals (id, name, township, group_name, enrol_code_hash, enrol_expires_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, township = excluded.township,
                        group_name = excluded.group_name, enrol_code_hash = excluded.enrol_code_hash,
                        enrol_expires_at = excluded.enrol_expires_at, revoked_at = NULL""")) {
                upsert.setString(1, id);
                upsert.setString(2, name.strip());
                upsert.setString(3, township.strip());
                upsert.setString(4, group);
                upsert.setBytes(5, Tokens.sha256(normalize(code)));
                upsert.setTimestamp(6, Timestamp.from(expires));
                upsert.executeUpdate();
            }
            AuditLog.record(c, actor, "terminal.provision", id, township + " / " + group);
            return new Provisioned(id, code, expires);
        });
    }

    /** Trades a valid one-time code for a new token; the code is spent, any earlier token of the terminal voided. */
    public EnrolReply enrol(EnrolRequest request) {
        byte[] codeHash = Tokens.sha256(request.normalizedCode());
        String token = Tokens.newToken();
        return Transactions.inTransaction(db, "enrol a terminal", c -> {
            String id;
            try (PreparedStatement spend = c.prepareStatement("""
                    UPDATE terminals SET enrol_code_hash = NULL, enrol_expires_at = NULL, token_hash = ?,
                        enrolled_at = ?, revoked_at = NULL
                    WHERE enrol_code_hash = ? AND enrol_expires_at > ? RETURNING id""")) {
                spend.setBytes(1, Tokens.sha256(token));
                spend.setTimestamp(2, Timestamp.from(clock.instant()));
                spend.setBytes(3, codeHash);
                spend.setTimestamp(4, Timestamp.from(clock.instant()));
                try (ResultSet rs = spend.executeQuery()) {
                    if (!rs.next()) {
                        throw new EnrolmentException("unknown, used or expired enrolment code");
                    }
                    id = rs.getString(1);
                }
            }
            AuditLog.record(c, "terminal:" + id, "terminal.enrol", id, "app " + request.appVersion());
            return new EnrolReply(id, token, heartbeatSeconds);
        });
    }

    /** The terminal a bearer token belongs to, unless the token is unknown or the terminal revoked. */
    public Optional<TerminalIdentity> authenticate(String token) {
        if (token == null || token.length() < 20 || token.length() > 128) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT id, township, group_name FROM terminals WHERE token_hash = ? AND revoked_at IS NULL")) {
            q.setBytes(1, Tokens.sha256(token));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next()
                        ? Optional.of(new TerminalIdentity(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot check a terminal token", e);
        }
    }

    /** Refuses the terminal's token and any open enrolment code from now on. */
    public void revoke(String actor, String id) {
        Transactions.inTransaction(db, "revoke a terminal", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE terminals SET revoked_at = ?, token_hash = NULL, enrol_code_hash = NULL WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此终端 / no terminal " + id);
                }
            }
            AuditLog.record(c, actor, "terminal.revoke", id, null);
            return null;
        });
    }

    /** Asks the terminal for a screenshot on its next heartbeat. */
    public void requestScreenshot(String actor, String id) {
        Transactions.inTransaction(db, "request a screenshot", c -> {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE terminals SET screenshot_requested_at = ? WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此终端 / no terminal " + id);
                }
            }
            AuditLog.record(c, actor, "terminal.screenshot-request", id, null);
            return null;
        });
    }

    private static String normalize(String code) {
        return new EnrolRequest(code, null).normalizedCode();
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(field + " is required, at most " + max + " characters");
        }
    }
}
