package org.legalkiosk.hub.terminals;

import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.security.Tokens;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Stores the kiosks' outbox events exactly once. The unique (terminal, key) index decides, inside PostgreSQL, so two
 * retries racing on two connections cannot both insert. A retry of a stored event (its answer was lost on a 4G link)
 * is a {@link Outcome#DUPLICATE}; the same key with a different body is a {@link Outcome#CONFLICT}, refused and
 * never stored over the first. Either way nothing changes: a replayed or reordered event is harmless.
 */
public final class EventIntake {

    public enum Outcome { STORED, DUPLICATE, CONFLICT }

    private final DataSource db;

    public EventIntake(DataSource db) {
        this.db = db;
    }

    public Outcome accept(TerminalIdentity terminal, EventEnvelope event) {
        // The hash is of the canonical JSON Jackson writes back, so whitespace differences in a retry do not count.
        byte[] body = event.body().toString().getBytes(StandardCharsets.UTF_8);
        byte[] hash = Tokens.sha256(body);
        return Transactions.inTransaction(db, "store an event", c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO terminal_events (terminal_id, idempotency_key, event_type, body, body_sha256)
                    VALUES (?, ?, ?, ?::jsonb, ?)
                    ON CONFLICT (terminal_id, idempotency_key) DO NOTHING RETURNING id""")) {
                insert.setString(1, terminal.id());
                insert.setString(2, event.idempotencyKey());
                insert.setString(3, event.type());
                insert.setString(4, new String(body, StandardCharsets.UTF_8));
                insert.setBytes(5, hash);
                try (ResultSet rs = insert.executeQuery()) {
                    if (rs.next()) {
                        return Outcome.STORED;
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT body_sha256 FROM terminal_events WHERE terminal_id = ? AND idempotency_key = ?")) {
                q.setString(1, terminal.id());
                q.setString(2, event.idempotencyKey());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return MessageDigest.isEqual(rs.getBytes(1), hash) ? Outcome.DUPLICATE : Outcome.CONFLICT;
                }
            }
        });
    }
}
