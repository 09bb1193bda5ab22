package org.legalkiosk.booking.store;

import java.time.Instant;

/**
 * A change waiting to be posted to the central endpoint. The payload is JSON without ID number or phone: the
 * sender adds what the endpoint needs from the encrypted booking at send time, so the outbox holds no personal
 * data in clear.
 */
public record OutboxEvent(long id, String type, String idempotencyKey, String payload, Instant created) {}
