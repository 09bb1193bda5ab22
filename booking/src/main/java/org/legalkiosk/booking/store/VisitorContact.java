package org.legalkiosk.booking.store;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.booking.domain.Booking;

/**
 * Adds the visitor's name and phone to a {@code booking.created} event as it is sent, so the township office that
 * receives the person knows whom to expect and whom to call (docs/decisions/0055). They come from the encrypted
 * booking at send time: the outbox row itself never holds them in clear, and a booking whose personal data was
 * already erased sends none. The ID number is never added.
 */
final class VisitorContact {

    static final String CREATED = "booking.created";

    private static final ObjectMapper JSON = new ObjectMapper();

    private VisitorContact() {}

    static OutboxEvent attach(BookingStore store, OutboxEvent event) {
        if (!CREATED.equals(event.type())) {
            return event;
        }
        ObjectNode payload;
        try {
            payload = (ObjectNode) JSON.readTree(event.payload());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new BookingStoreException("outbox event " + event.id() + " is not a JSON object", e);
        }
        String code = payload.path("code").asText("");
        Optional<Booking> booking = code.isEmpty() ? Optional.empty() : store.find(code);
        if (booking.isEmpty() || booking.get().name().isEmpty()) {
            return event;
        }
        payload.putObject("visitor")
                .put("name", booking.get().name())
                .put("phone", booking.get().phone());
        return new OutboxEvent(event.id(), event.type(), event.idempotencyKey(), payload.toString(), event.created());
    }
}
