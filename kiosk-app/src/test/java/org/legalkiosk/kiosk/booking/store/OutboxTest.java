package org.legalkiosk.kiosk.booking.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.booking.domain.Booking;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.kiosk.booking.store.Schedules.PHONE;

class OutboxTest {

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
            assertEquals(events.get(0), head.event());
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
    void anUnknownEventIsAnErrorNotASilentNoOp() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Outbox outbox = new Outbox(store);
            assertTrue(outbox.oldestPending().isEmpty());
            assertThrows(BookingStoreException.class, () -> outbox.startAttempt(42));
            assertThrows(BookingStoreException.class, () -> outbox.attempts(42));
        }
    }
}
