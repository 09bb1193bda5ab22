package org.legalkiosk.kiosk.service.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.OutboxEvent;

class UsageOutboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aDaysCountsBecomeOneAnonymousOutboxEvent() throws Exception {
        DailyUsage usage = new DailyUsage(CLOCK);
        usage.count(UsageKind.EXPLAINER_VIEW, "inheritance-order");
        usage.count(UsageKind.EXPLAINER_VIEW, "domestic-violence");
        usage.count(UsageKind.EXPLAINER_NOT_SOLVED, "domestic-violence");
        usage.count(UsageKind.SEARCH_NOTHING_FOUND);
        usage.count(UsageKind.SEARCH_NOTHING_FOUND);
        usage.count(UsageKind.BOOKING_HELPFUL);
        try (BookingStore store = BookingStore.open(dataDir)) {
            UsageOutbox outbox = new UsageOutbox(store, CLOCK);
            usage.drain().forEach(outbox::deliver);
            List<OutboxEvent> events = store.outboxPending();
            assertEquals(1, events.size());
            OutboxEvent event = events.get(0);
            assertEquals(UsageOutbox.EVENT_TYPE, event.type());
            JsonNode payload = JSON.readTree(event.payload());
            assertEquals(event.idempotencyKey(), payload.get("idempotencyKey").asText());
            assertEquals("2026-11-28", payload.get("day").asText(), "the day only, not the time of day");
            JsonNode counts = payload.get("counts");
            assertEquals(
                    1, counts.get("explainer.view").get("inheritance-order").asInt());
            assertEquals(
                    1,
                    counts.get("explainer.notSolved").get("domestic-violence").asInt());
            assertEquals(2, counts.get("search.nothingFound").asInt());
            assertEquals(1, counts.get("booking.helpful").asInt());
            assertEquals(4, payload.size(), "type, key, day and counts: nothing else leaves the terminal");
        }
    }

    @Test
    void nothingCountedWritesNothing() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            new DailyUsage(CLOCK).drain().forEach(new UsageOutbox(store, CLOCK)::deliver);
            assertTrue(store.outboxPending().isEmpty());
        }
    }
}
