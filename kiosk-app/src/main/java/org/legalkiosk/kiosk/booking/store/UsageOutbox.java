package org.legalkiosk.kiosk.booking.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.kiosk.service.usage.DayCounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Hands a batch of the kiosk's anonymous usage counts to the booking store's outbox as one {@value #EVENT_TYPE}
 * event, which the outbox worker delivers with the bookings. The payload holds a day and counts per kind (and per
 * explainer or category id): no time of day, no search term, nothing typed, nothing about a person. A day may be
 * delivered in several events (one per hour the kiosk was used); the county adds them up.
 */
public final class UsageOutbox {

    public static final String EVENT_TYPE = "usage.counts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BookingStore store;
    private final Clock clock;

    public UsageOutbox(BookingStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void deliver(DayCounts counts) {
        if (counts.isEmpty()) {
            return;
        }
        String key = UUID.randomUUID().toString();
        ObjectNode payload = JSON.createObjectNode()
                .put("type", EVENT_TYPE)
                .put("idempotencyKey", key)
                .put("day", counts.day().toString());
        ObjectNode byKind = payload.putObject("counts");
        counts.counts().forEach((kind, bySubject) -> {
            if (bySubject.size() == 1 && bySubject.containsKey("")) {
                byKind.put(kind, bySubject.get(""));
            } else {
                ObjectNode subjects = byKind.putObject(kind);
                bySubject.forEach(subjects::put);
            }
        });
        try (Connection connection = store.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox (event_type, idempotency_key, payload, created) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, EVENT_TYPE);
            insert.setString(2, key);
            insert.setString(3, payload.toString());
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new BookingStoreException("cannot record the usage counts", e);
        }
    }
}
