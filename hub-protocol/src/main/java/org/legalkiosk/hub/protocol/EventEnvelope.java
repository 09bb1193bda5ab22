package org.legalkiosk.hub.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One outbox event as the kiosk posts it today ({@code booking.sync.HttpEventPoster}): the store's JSON object as
 * the body, with at least {@code type} and {@code idempotencyKey}, and the same key in the {@value #KEY_HEADER}
 * header. The key makes a retry recognisable: the hub stores an event once per terminal and key.
 *
 * @param type           e.g. {@code booking.created}, {@code booking.state_changed}, {@code selfcheck.tally}
 * @param idempotencyKey the key the kiosk made when it wrote the event
 * @param body           the whole JSON object, stored as it came
 */
public record EventEnvelope(String type, String idempotencyKey, ObjectNode body) {

    public static final String KEY_HEADER = "Idempotency-Key";
    private static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";
    private static final String TYPE_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){0,3}";

    public EventEnvelope {
        if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("the Idempotency-Key must be 8 to 100 letters, digits, '-' or '_'");
        }
        if (type == null || type.length() > 64 || !type.matches(TYPE_PATTERN)) {
            throw new IllegalArgumentException("type must be a dotted lower-case name of at most 64 characters");
        }
        if (body == null) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
    }

    /**
     * Reads an event from the header and the body bytes (already size-limited by the caller).
     *
     * @throws WireFormatException with a message for the sender when anything is missing or disagrees
     */
    public static EventEnvelope parse(String headerKey, byte[] bodyBytes) {
        if (bodyBytes.length > Limits.MAX_EVENT_BYTES) {
            throw new WireFormatException("an event is at most " + Limits.MAX_EVENT_BYTES + " bytes");
        }
        JsonNode node = WireJson.read(bodyBytes, JsonNode.class);
        if (!(node instanceof ObjectNode object)) {
            throw new WireFormatException("the body must be a JSON object");
        }
        JsonNode bodyKey = object.get("idempotencyKey");
        if (bodyKey != null && headerKey != null && !bodyKey.asText().equals(headerKey)) {
            throw new WireFormatException("the Idempotency-Key header and the body's idempotencyKey differ");
        }
        String key = headerKey != null ? headerKey : bodyKey == null ? null : bodyKey.asText();
        JsonNode type = object.get("type");
        try {
            return new EventEnvelope(type == null || !type.isTextual() ? null : type.asText(), key, object);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(e.getMessage());
        }
    }
}
