package org.legalkiosk.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.BookingStoreException;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.content.selfcheck.SelfCheckTally;

class SelfCheckTalliesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void eachFinishedCheckBecomesOneAnonymousOutboxEventThatSurvivesARestart() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            SelfCheckTallies tallies = new SelfCheckTallies(store, CLOCK);
            tallies.record(new SelfCheckTally("legal-aid", "likely-migrant-worker", 1));
            tallies.record(new SelfCheckTally("legal-aid", "likely-migrant-worker", 1));
            tallies.record(new SelfCheckTally("legal-aid", "not-covered", 1));
        }
        try (BookingStore reopened = BookingStore.open(dataDir)) {
            List<OutboxEvent> events = reopened.outboxPending();
            assertEquals(3, events.size());
            Set<String> keys = new HashSet<>();
            for (OutboxEvent event : events) {
                assertEquals(SelfCheckTallies.EVENT_TYPE, event.type());
                JsonNode payload = JSON.readTree(event.payload());
                assertEquals(
                        event.idempotencyKey(), payload.get("idempotencyKey").asText());
                assertEquals(
                        Set.of("type", "idempotencyKey", "checkId", "outcomeId", "count", "day"),
                        fieldNames(payload),
                        "nothing but the count leaves the terminal");
                assertEquals("legal-aid", payload.get("checkId").asText());
                assertEquals(1, payload.get("count").asInt());
                assertEquals("2026-11-28", payload.get("day").asText(), "the day only, not the time of day");
                keys.add(event.idempotencyKey());
            }
            assertEquals(3, keys.size(), "every event has its own idempotency key");
            assertEquals(
                    "not-covered",
                    JSON.readTree(events.get(2).payload()).get("outcomeId").asText());
        }
    }

    @Test
    void anEmptyTallyWritesNothing() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            new SelfCheckTallies(store, CLOCK).record(new SelfCheckTally("legal-aid", "not-covered", 0));
            assertTrue(store.outboxPending().isEmpty());
        }
    }

    @Test
    void anUnwritableStoreIsReportedNotSwallowed() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
            Files.delete(db);
            Files.deleteIfExists(dataDir.resolve(BookingStore.DATABASE_FILE + "-wal"));
            Files.deleteIfExists(dataDir.resolve(BookingStore.DATABASE_FILE + "-shm"));
            Files.createDirectory(db);
            SelfCheckTallies tallies = new SelfCheckTallies(store, CLOCK);
            assertThrows(
                    BookingStoreException.class,
                    () -> tallies.record(new SelfCheckTally("legal-aid", "not-covered", 1)));
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
