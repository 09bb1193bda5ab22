package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery side of the outbox that {@link BookingStore} fills: the oldest pending event, its attempt count and
 * marking it sent. Everything a delivery worker knows lives in these rows, so a restarted worker carries on where
 * the last one stopped.
 */
public final class Outbox {

    private final BookingStore store;

    public Outbox(BookingStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Events not yet delivered, oldest first. */
    public List<OutboxEvent> pending() {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT id, event_type, idempotency_key, payload, created FROM outbox WHERE sent IS NULL ORDER BY id")) {
            List<OutboxEvent> events = new ArrayList<>();
            while (rs.next()) {
                events.add(new OutboxEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.parse(rs.getString(5))));
            }
            return events;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the outbox", e);
        }
    }

    /** A pending event with the number of delivery attempts started for it so far. */
    public record Pending(OutboxEvent event, int attempts) {}

    /**
     * The oldest event not yet sent: events go out strictly in the order they were written. This is the delivery
     * path, so a {@code booking.created} event comes with the visitor's name and phone added from the encrypted
     * booking ({@link VisitorContact}); {@link #pending()} shows the rows as stored, without them.
     */
    public Optional<Pending> oldestPending() {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                     SELECT id, event_type, idempotency_key, payload, created, attempts
                     FROM outbox WHERE sent IS NULL ORDER BY id LIMIT 1""")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            OutboxEvent event = new OutboxEvent(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)));
            return Optional.of(new Pending(VisitorContact.attach(store, event), rs.getInt(6)));
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the outbox", e);
        }
    }

    /**
     * Counts an attempt before it is made, so an attempt cut short by a crash or a hang still counts after a
     * restart. Answers the new count.
     */
    public int startAttempt(long eventId) {
        try (Connection connection = store.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE outbox SET attempts = attempts + 1 WHERE id = ? RETURNING attempts")) {
            update.setLong(1, eventId);
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    throw new BookingStoreException("no outbox event " + eventId, null);
                }
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new BookingStoreException("cannot count an attempt for outbox event " + eventId, e);
        }
    }

    /**
     * Marks the event delivered; marking it twice keeps the first time. A delivered event's {@code phone} (a callback
     * request carries one, for the township to ring) leaves the row in the same statement: once the hub holds the
     * number, the terminal has no purpose left for it.
     */
    public void markSent(long eventId, Instant at) {
        try (Connection connection = store.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE outbox SET sent = ?, payload = json_remove(payload, '$.phone') WHERE id = ? AND sent IS NULL")) {
            update.setString(1, at.toString());
            update.setLong(2, eventId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new BookingStoreException("cannot mark outbox event " + eventId + " sent", e);
        }
    }

    /** How many events wait for delivery (for the agent's status). */
    public int pendingCount() {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox WHERE sent IS NULL")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new BookingStoreException("cannot count the outbox", e);
        }
    }

    /** Attempts started for one event, sent or not (tests and diagnostics). */
    public int attempts(long eventId) {
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement("SELECT attempts FROM outbox WHERE id = ?")) {
            query.setLong(1, eventId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new BookingStoreException("no outbox event " + eventId, null);
                }
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read outbox event " + eventId, e);
        }
    }
}
