package org.legalkiosk.hub.desk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.hub.terminals.EventProjection;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.legalkiosk.personal.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@code desk_bookings} row per booking from the kiosk's {@code booking.*} events. The kiosk's state is
 * taken from the event with the highest change number ({@code changeSeq}, the kiosk store's own sequence), so a late
 * or replayed event never takes a booking back, whatever order they arrive in; where and when, and the visitor
 * (only on {@code booking.created}), fill in whatever is not yet known. A field that does not make sense (a code the
 * kiosk cannot have made, a phone that is not a mobile number) is left out, never stored: the raw event is kept in
 * {@code terminal_events} either way, so nothing is lost.
 */
public final class BookingProjection implements EventProjection {

    private static final Logger LOG = LoggerFactory.getLogger(BookingProjection.class);
    private static final int TEXT_MAX = 200;
    private static final int NAME_MAX = 64;

    @Override
    public boolean handles(String eventType) {
        return eventType.startsWith("booking.");
    }

    /** The event log keeps no name or phone: only the desk's row holds them, and its purge erases them. */
    @Override
    public ObjectNode logged(ObjectNode body) {
        if (!body.has("visitor")) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        copy.remove("visitor");
        return copy;
    }

    @Override
    public void project(Connection connection, TerminalIdentity terminal, long eventId, ObjectNode body)
            throws SQLException {
        projected(connection, terminal, eventId, body);
    }

    /** {@link #project}, answering whether the event was fit for the desk (the backfill counts them). */
    boolean projected(Connection connection, TerminalIdentity terminal, long eventId, ObjectNode body)
            throws SQLException {
        String type = body.path("type").asText("");
        String code = body.path("code").asText("");
        if (!BookingCode.isValid(code)) {
            LOG.warn("Booking event {} from {} has no valid code; kept, not on the desk", eventId, terminal.id());
            return false;
        }
        String state = text(body, "state", 20);
        if (state == null || !state.matches("[A-Z_]+")) {
            LOG.warn("Booking event {} from {} has no state; kept, not on the desk", eventId, terminal.id());
            return false;
        }
        JsonNode visitor = type.equals("booking.created") ? body.path("visitor") : null;
        String name = visitor == null ? null : text(visitor, "name", NAME_MAX);
        String phone = visitor == null ? null : text(visitor, "phone", 20);
        if (phone != null && !PhoneNumbers.isValidMobile(phone)) {
            phone = null;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO desk_bookings (terminal_id, booking_code, office_id, office_name, service_id, service_zh,
                    service_en, slot_start, slot_end, matter, kiosk_state, change_seq, visitor_name, visitor_phone,
                    booked_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (terminal_id, booking_code) DO UPDATE SET
                    office_id = coalesce(desk_bookings.office_id, excluded.office_id),
                    office_name = coalesce(desk_bookings.office_name, excluded.office_name),
                    service_id = coalesce(desk_bookings.service_id, excluded.service_id),
                    service_zh = coalesce(desk_bookings.service_zh, excluded.service_zh),
                    service_en = coalesce(desk_bookings.service_en, excluded.service_en),
                    slot_start = coalesce(desk_bookings.slot_start, excluded.slot_start),
                    slot_end = coalesce(desk_bookings.slot_end, excluded.slot_end),
                    matter = coalesce(desk_bookings.matter, excluded.matter),
                    kiosk_state = CASE WHEN excluded.change_seq > desk_bookings.change_seq
                        THEN excluded.kiosk_state ELSE desk_bookings.kiosk_state END,
                    change_seq = greatest(desk_bookings.change_seq, excluded.change_seq),
                    visitor_name = CASE WHEN desk_bookings.erased_at IS NULL
                        THEN coalesce(desk_bookings.visitor_name, excluded.visitor_name) END,
                    visitor_phone = CASE WHEN desk_bookings.erased_at IS NULL
                        THEN coalesce(desk_bookings.visitor_phone, excluded.visitor_phone) END,
                    booked_at = coalesce(desk_bookings.booked_at, excluded.booked_at),
                    updated_at = now()""")) {
            upsert.setString(1, terminal.id());
            upsert.setString(2, code);
            upsert.setString(3, text(body, "officeId", 64));
            upsert.setString(4, text(body, "officeName", TEXT_MAX));
            upsert.setString(5, text(body, "serviceId", 64));
            upsert.setString(6, text(body, "serviceZh", TEXT_MAX));
            upsert.setString(7, text(body, "serviceEn", TEXT_MAX));
            upsert.setObject(8, localTime(body, "slotStart"));
            upsert.setObject(9, localTime(body, "slotEnd"));
            upsert.setString(10, text(body, "matter", TEXT_MAX));
            upsert.setString(11, state);
            upsert.setLong(12, changeSeq(type, body));
            upsert.setString(13, name);
            upsert.setString(14, phone);
            upsert.setTimestamp(15, instant(body, "created"));
            upsert.executeUpdate();
        }
        return true;
    }

    /**
     * The kiosk's change number; events from a kiosk older than it are ordered by kind: a creation before anything
     * that follows it.
     */
    static long changeSeq(String type, ObjectNode body) {
        JsonNode seq = body.path("changeSeq");
        if (seq.canConvertToLong() && seq.asLong() > 0) {
            return seq.asLong();
        }
        return type.equals("booking.created") ? 1 : 2;
    }

    private static String text(JsonNode node, String field, int max) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText().strip().replaceAll("\\p{Cntrl}", " ");
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static LocalDateTime localTime(JsonNode node, String field) {
        String text = text(node, field, 40);
        try {
            return text == null ? null : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Timestamp instant(JsonNode node, String field) {
        String text = text(node, field, 40);
        try {
            return text == null ? null : Timestamp.from(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
