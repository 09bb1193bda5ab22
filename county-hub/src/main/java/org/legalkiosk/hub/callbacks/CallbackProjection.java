package org.legalkiosk.hub.callbacks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.hub.terminals.EventProjection;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.personal.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value #EVENT_TYPE} events into {@code callback_requests}. The phone goes into that row only: the event log keeps
 * the event without it ({@link #logged}), so purging the row's phone leaves no copy. A request whose phone is not a
 * mainland mobile, or whose topic is too long, is logged without its number and not projected: nobody could ring it.
 */
public final class CallbackProjection implements EventProjection {

    public static final String EVENT_TYPE = "callback.requested";

    private static final Logger LOG = LoggerFactory.getLogger(CallbackProjection.class);
    private static final int MAX_TOPIC = 64;

    private final Clock clock;

    public CallbackProjection(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean handles(String eventType) {
        return EVENT_TYPE.equals(eventType);
    }

    @Override
    public ObjectNode logged(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("phone");
        return copy;
    }

    @Override
    public void project(Connection connection, TerminalIdentity terminal, long eventId, ObjectNode body)
            throws SQLException {
        String phone = text(body, "phone");
        String topic = text(body, "topic");
        if (phone == null || !PersonalData.isValidMobile(phone) || topic == null || topic.length() > MAX_TOPIC) {
            LOG.warn("Callback request {} from {} has no usable phone or topic; not listed", eventId, terminal.id());
            return;
        }
        String language = "en".equals(text(body, "language")) ? "en" : "zh";
        Instant received = clock.instant();
        Instant requested = requested(text(body, "requested"), received);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO callback_requests (event_id, terminal_id, topic, phone, language, requested_at, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, eventId);
            insert.setString(2, terminal.id());
            insert.setString(3, CallbackTopics.known(topic) ? topic : "other");
            insert.setString(4, phone);
            insert.setString(5, language);
            insert.setTimestamp(6, Timestamp.from(requested));
            insert.setTimestamp(7, Timestamp.from(received));
            insert.executeUpdate();
        }
    }

    /** The kiosk's own time of the request; a missing, malformed or future one is the time it arrived. */
    private static Instant requested(String value, Instant received) {
        if (value == null) {
            return received;
        }
        try {
            Instant at = Instant.parse(value);
            return at.isAfter(received) ? received : at;
        } catch (DateTimeParseException e) {
            return received;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || !node.isTextual() ? null : node.asText();
    }
}
