package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes events into the outbox that {@link Outbox} delivers, oldest first. Every payload starts with its
 * {@code type} and a fresh {@code idempotencyKey} (the same key goes into the row, so the county can tell a
 * repeated delivery from a new event). A booking's event is written inside the booking's own transaction; other
 * parts of the kiosk (usage counts, self-check tallies) append theirs on their own.
 */
public final class OutboxWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Clock clock;

    OutboxWriter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Appends one event; {@code fields} adds what follows the type and key. One INSERT commits on its own: there is
     * nothing else to keep in step with it.
     *
     * @throws BookingStoreException when it cannot be written
     */
    public void append(String type, Consumer<ObjectNode> fields) {
        database.inTransaction(connection -> {
            append(connection, type, fields);
            return null;
        });
    }

    /** Appends one event on the caller's connection, inside the caller's transaction. */
    void append(Connection connection, String type, Consumer<ObjectNode> fields) throws SQLException {
        String key = UUID.randomUUID().toString();
        ObjectNode payload = JSON.createObjectNode().put("type", type).put("idempotencyKey", key);
        fields.accept(payload);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (event_type, idempotency_key, payload, created) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, type);
            insert.setString(2, key);
            insert.setString(3, payload.toString());
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        }
    }
}
