package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;

class OutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void theOldestPendingEventComesFirstAndLeavesTheQueueOnceSent() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.cancel(booking.code());
            Outbox outbox = new Outbox(store);
            List<OutboxEvent> events = store.outboxPending();
            assertEquals(2, outbox.pendingCount());

            Outbox.Pending head = outbox.oldestPending().orElseThrow();
            assertEquals(events.get(0).id(), head.event().id());
            assertEquals(events.get(0).idempotencyKey(), head.event().idempotencyKey());
            assertEquals("booking.created", head.event().type());
            assertEquals(0, head.attempts());

            outbox.markSent(head.event().id(), Instant.parse("2026-12-01T01:00:00Z"));
            outbox.markSent(head.event().id(), Instant.parse("2026-12-02T01:00:00Z"));
            assertEquals(events.get(1), outbox.oldestPending().orElseThrow().event());
            assertEquals(1, outbox.pendingCount());
            assertEquals(List.of(events.get(1)), store.outboxPending());

            outbox.markSent(events.get(1).id(), Instant.parse("2026-12-01T02:00:00Z"));
            assertTrue(outbox.oldestPending().isEmpty());
            assertEquals(0, outbox.pendingCount());
        }
    }

    @Test
    void aDeliveredEventLosesItsPhoneAndKeepsTheRest() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            store.outbox()
                    .append("callback.requested", p -> p.put("topic", "loan").put("phone", PHONE));
            store.outbox()
                    .append("callback.requested", p -> p.put("topic", "land").put("phone", PHONE));
            Outbox outbox = new Outbox(store);
            List<OutboxEvent> events = store.outboxPending();
            outbox.markSent(events.get(0).id(), Instant.parse("2026-12-01T01:00:00Z"));
            try (var connection = store.connect();
                    var rows = connection.createStatement().executeQuery("SELECT payload FROM outbox ORDER BY id")) {
                rows.next();
                String sent = rows.getString(1);
                assertTrue(!sent.contains(PHONE) && sent.contains("\"topic\":\"loan\""), sent);
                rows.next();
                assertTrue(rows.getString(1).contains(PHONE), "an event still to deliver keeps its phone");
            }
        }
    }

    @Test
    void attemptsAreCountedInTheFileAndSurviveAReopen() {
        long id;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            Outbox outbox = new Outbox(store);
            id = outbox.oldestPending().orElseThrow().event().id();
            assertEquals(1, outbox.startAttempt(id));
            assertEquals(2, outbox.startAttempt(id));
        }
        try (BookingStore reopened = BookingStore.open(dataDir)) {
            Outbox outbox = new Outbox(reopened);
            assertEquals(2, outbox.oldestPending().orElseThrow().attempts());
            assertEquals(3, outbox.startAttempt(id));
            assertEquals(3, outbox.attempts(id));
        }
    }

    @Test
    void bookingEventsSayWhereAndWhenAndOnlyTheSentCreationCarriesNameAndPhone() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "私事");
            store.cancel(booking.code());
            List<OutboxEvent> stored = store.outboxPending();
            for (OutboxEvent event : stored) {
                assertFalse(event.payload().contains(PHONE), "no phone in the outbox file: " + event.payload());
                assertFalse(event.payload().contains("张三"), "no name in the outbox file");
                assertFalse(event.payload().contains(ID_NUMBER));
                JsonNode payload = JSON.readTree(event.payload());
                assertEquals("o1", payload.path("officeId").asText());
                assertEquals("城关镇司法所", payload.path("officeName").asText());
                assertEquals("aid", payload.path("serviceId").asText());
                assertEquals("法律援助", payload.path("serviceZh").asText());
                assertEquals("Legal aid", payload.path("serviceEn").asText());
                assertEquals("2026-12-01T09:00", payload.path("slotStart").asText());
                assertEquals("2026-12-01T09:30", payload.path("slotEnd").asText());
            }
            long createdSeq =
                    JSON.readTree(stored.get(0).payload()).path("changeSeq").asLong();
            long cancelledSeq =
                    JSON.readTree(stored.get(1).payload()).path("changeSeq").asLong();
            assertTrue(createdSeq > 0 && cancelledSeq > createdSeq, "the cancellation is the later change");

            Outbox outbox = new Outbox(store);
            OutboxEvent sent = outbox.oldestPending().orElseThrow().event();
            JsonNode visitor = JSON.readTree(sent.payload()).path("visitor");
            assertEquals("张三", visitor.path("name").asText());
            assertEquals(PHONE, visitor.path("phone").asText());
            assertFalse(sent.payload().contains(ID_NUMBER), "the ID number never leaves the terminal");
            assertFalse(sent.payload().contains("私事"), "nor the note");
            assertEquals(
                    sent.payload(), outbox.oldestPending().orElseThrow().event().payload(), "a retry is the same");

            outbox.markSent(sent.id(), Instant.parse("2026-12-01T01:00:00Z"));
            OutboxEvent cancellation = outbox.oldestPending().orElseThrow().event();
            assertEquals("booking.cancelled", cancellation.type());
            assertFalse(cancellation.payload().contains(PHONE), "a later event has no need of the phone");
        }
    }

    @Test
    void anUnknownEventIsAnErrorNotASilentNoOp() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Outbox outbox = new Outbox(store);
            assertTrue(outbox.oldestPending().isEmpty());
            assertThrows(BookingStoreException.class, () -> outbox.startAttempt(42));
            assertThrows(BookingStoreException.class, () -> outbox.attempts(42));
        }
    }
}
