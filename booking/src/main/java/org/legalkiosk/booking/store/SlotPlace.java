package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where and when a slot is, as a booking event tells the county: the office (id and name), the service (id and both
 * names) and the slot's start and end in the office's local time. A slot the schedule no longer holds (a push
 * dropped it after its bookings ended) has only its id; the event then carries what is known.
 */
record SlotPlace(
        String officeId,
        String officeName,
        String serviceId,
        String serviceZh,
        String serviceEn,
        String start,
        String end) {

    static SlotPlace of(Connection connection, String slotId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.office_id, o.name, s.service_id, v.name_zh, v.name_en, s.start, s.end
                FROM slots s LEFT JOIN offices o ON o.id = s.office_id LEFT JOIN services v ON v.id = s.service_id
                WHERE s.id = ?""")) {
            query.setString(1, slotId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return new SlotPlace(null, null, null, null, null, null, null);
                }
                return new SlotPlace(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7));
            }
        }
    }

    /** Adds the known fields to an event payload; unknown ones are left out rather than sent as null. */
    void writeTo(ObjectNode payload) {
        putIfKnown(payload, "officeId", officeId);
        putIfKnown(payload, "officeName", officeName);
        putIfKnown(payload, "serviceId", serviceId);
        putIfKnown(payload, "serviceZh", serviceZh);
        putIfKnown(payload, "serviceEn", serviceEn);
        putIfKnown(payload, "slotStart", start);
        putIfKnown(payload, "slotEnd", end);
    }

    private static void putIfKnown(ObjectNode payload, String field, String value) {
        if (value != null) {
            payload.put(field, value);
        }
    }
}
