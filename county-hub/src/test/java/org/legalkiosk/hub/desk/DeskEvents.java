package org.legalkiosk.hub.desk;

import java.time.LocalDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.hub.protocol.EventEnvelope;

/** Booking events as a kiosk's outbox sends them (booking.store.BookingWrites, VisitorContact), for desk tests. */
public final class DeskEvents {

    private DeskEvents() {}

    public static EventEnvelope created(String code, LocalDateTime start, String name, String phone, long seq) {
        ObjectNode body = body("booking.created", code, start, "CONFIRMED", seq);
        body.putObject("visitor").put("name", name).put("phone", phone);
        return envelope(body);
    }

    public static EventEnvelope changed(String type, String code, LocalDateTime start, String state, long seq) {
        return envelope(body(type, code, start, state, seq));
    }

    private static ObjectNode body(String type, String code, LocalDateTime start, String state, long seq) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type)
                .put("idempotencyKey", UUID.randomUUID().toString())
                .put("code", code)
                .put("slotId", "s-" + start)
                .put("matter", "欠薪")
                .put("state", state)
                .put("created", "2026-12-01T01:00:00Z")
                .put("changeSeq", seq)
                .put("officeId", "cg")
                .put("officeName", "城关镇司法所")
                .put("serviceId", "legal-aid")
                .put("serviceZh", "法律援助")
                .put("serviceEn", "Legal aid")
                .put("slotStart", start.toString())
                .put("slotEnd", start.plusMinutes(30).toString());
        return body;
    }

    private static EventEnvelope envelope(ObjectNode body) {
        return new EventEnvelope(
                body.path("type").asText(), body.path("idempotencyKey").asText(), body);
    }
}
