package org.legalkiosk.hub.terminals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.security.Tokens;

/**
 * Stores the kiosks' outbox events exactly once. The unique (terminal, key) index decides, inside PostgreSQL, so two
 * retries racing on two connections cannot both insert. A retry of a stored event (its answer was lost on a 4G link)
 * is a {@link Outcome#DUPLICATE}; the same key with a different body is a {@link Outcome#CONFLICT}, refused and
 * never stored over the first. Either way nothing changes: a replayed or reordered event is harmless.
 */
public final class EventIntake {

    public enum Outcome {
        STORED,
        DUPLICATE,
        CONFLICT
    }

    private final DataSource db;
    private final List<EventProjection> projections;

    public EventIntake(DataSource db) {
        this(db, List.of());
    }

    /** With the tables kept from some event types, filled in the transaction that stores each event. */
    public EventIntake(DataSource db, List<EventProjection> projections) {
        this.db = db;
        this.projections = List.copyOf(projections);
    }

    public Outcome accept(TerminalIdentity terminal, EventEnvelope event) {
        List<EventProjection> mine =
                projections.stream().filter(p -> p.handles(event.type())).toList();
        ObjectNode logged = event.body();
        for (EventProjection projection : mine) {
            logged = projection.logged(logged);
        }
        // The hash is of the canonical JSON Jackson writes back, so whitespace differences in a retry do not count;
        // and of the body as logged, so not even a hash of a personal field stays once its projection purged it.
        byte[] body = logged.toString().getBytes(StandardCharsets.UTF_8);
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
                        long id = rs.getLong(1);
                        for (EventProjection projection : mine) {
                            projection.project(c, terminal, id, event.body());
                        }
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
