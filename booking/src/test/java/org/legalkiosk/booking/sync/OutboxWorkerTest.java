package org.legalkiosk.booking.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.sync.SyncFixture.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.OutboxEvent;

class OutboxWorkerTest {

    private static final double A_THIRD = 1.0 / 3;

    @TempDir
    Path dataDir;

    @Test
    void everyEventReachesAFlakyEndpointExactlyOnceAndInOrder() throws Exception {
        try (CentralEndpoint endpoint = new CentralEndpoint(42, A_THIRD, null);
                BookingStore store = BookingStore.open(dataDir)) {
            SyncFixture.putSchedule(store);
            SyncFixture.bookAndCancelSome(store, 0, 12, () -> {});
            try (OutboxWorker worker =
                    SyncFixture.start(store, SyncFixture.settings(endpoint.uri(), null), SyncFixture.NO_WAIT)) {
                // More bookings while the worker runs: each one only nudges it.
                SyncFixture.bookAndCancelSome(store, 12, 12, worker::nudge);
                await(() -> worker.pendingCount() == 0, "the outbox to empty");
            }
            List<String> keys = SyncFixture.outboxKeysInOrder(dataDir);
            assertEquals(24 + 8, keys.size());
            assertDeliveredExactlyOnceInOrder(endpoint, keys);
            assertTrue(store.outboxPending().isEmpty());
            assertFailuresHappened(endpoint);
        }
    }

    @Test
    void aWorkerRestartedMidwayFinishesTheJob() throws Exception {
        List<String> keys;
        try (CentralEndpoint endpoint = new CentralEndpoint(4242, A_THIRD, null)) {
            SyncSettings settings = SyncFixture.settings(endpoint.uri(), null);
            try (BookingStore store = BookingStore.open(dataDir)) {
                SyncFixture.putSchedule(store);
                SyncFixture.bookAndCancelSome(store, 0, 24, () -> {});
                keys = store.outboxPending().stream()
                        .map(OutboxEvent::idempotencyKey)
                        .toList();
                try (OutboxWorker worker = SyncFixture.start(store, settings, SyncFixture.NO_WAIT)) {
                    await(() -> endpoint.appliedKeysInOrder().size() >= keys.size() / 3, "a third delivered");
                }
            }
            int pendingAfterStop;
            try (BookingStore reopened = BookingStore.open(dataDir)) {
                pendingAfterStop = reopened.outboxPending().size();
                try (OutboxWorker worker = SyncFixture.start(reopened, settings, SyncFixture.NO_WAIT)) {
                    await(() -> worker.pendingCount() == 0, "the outbox to empty after the restart");
                }
            }
            assertTrue(pendingAfterStop > 0, "the first worker was stopped before it finished");
            assertDeliveredExactlyOnceInOrder(endpoint, keys);
        }
    }

    @Test
    void anUnreachableEndpointLeavesEveryEventPendingWithItsAttemptsCounted() throws Exception {
        URI nowhere = unusedLoopbackPort();
        List<Duration> backoffs = new CopyOnWriteArrayList<>();
        SyncSettings settings = SyncFixture.settings(nowhere, null);
        try (BookingStore store = BookingStore.open(dataDir)) {
            SyncFixture.putSchedule(store);
            SyncFixture.bookAndCancelSome(store, 0, 2, () -> {});
            List<OutboxEvent> events = store.outboxPending();
            Outbox outbox = new Outbox(store);
            long head = events.get(0).id();
            try (OutboxWorker worker = SyncFixture.start(store, settings, backoffs::add)) {
                await(() -> outbox.attempts(head) >= 5, "five attempts at the oldest event");
                assertEquals(events.size(), worker.pendingCount());
            }
            int attemptsBeforeRestart = outbox.attempts(head);
            assertEquals(events, store.outboxPending(), "nothing was marked sent");
            for (OutboxEvent later : events.subList(1, events.size())) {
                assertEquals(0, outbox.attempts(later.id()), "later events wait behind the oldest");
            }
            for (int i = 0; i < backoffs.size(); i++) {
                Duration ceiling = settings.backoff().ceiling(i + 1);
                assertFalse(backoffs.get(i).isNegative());
                assertTrue(backoffs.get(i).compareTo(ceiling) <= 0, backoffs.get(i) + " over " + ceiling);
            }

            // The count is in the file: a new worker carries on from it.
            try (OutboxWorker worker = SyncFixture.start(store, settings, SyncFixture.NO_WAIT)) {
                await(() -> outbox.attempts(head) > attemptsBeforeRestart, "another attempt after the restart");
            }
            assertEquals(events.size(), store.outboxPending().size());
        }
    }

    @Test
    void theBearerTokenFromTheTokenFileIsSentAndAWrongOneDeliversNothing() throws Exception {
        Path right = Files.writeString(dataDir.resolve("right-token"), "s3cret-token\n");
        Path wrong = Files.writeString(dataDir.resolve("wrong-token"), "not-it");
        try (CentralEndpoint endpoint = new CentralEndpoint(1, 0, "s3cret-token");
                BookingStore store = BookingStore.open(dataDir.resolve("kiosk"))) {
            SyncFixture.putSchedule(store);
            SyncFixture.bookAndCancelSome(store, 0, 1, () -> {});
            Outbox outbox = new Outbox(store);
            long head = store.outboxPending().get(0).id();
            try (OutboxWorker worker =
                    SyncFixture.start(store, SyncFixture.settings(endpoint.uri(), wrong), SyncFixture.NO_WAIT)) {
                // Waits for the endpoint's count: an attempt is counted before it is made, so the worker may be
                // closed with its second request still on the way.
                await(() -> endpoint.unauthorised() >= 2, "two refused attempts");
            }
            assertTrue(outbox.attempts(head) >= 2);
            assertTrue(endpoint.appliedKeysInOrder().isEmpty());
            assertEquals(2, outbox.pendingCount());

            List<String> keys = store.outboxPending().stream()
                    .map(OutboxEvent::idempotencyKey)
                    .toList();
            try (OutboxWorker worker =
                    SyncFixture.start(store, SyncFixture.settings(endpoint.uri(), right), SyncFixture.NO_WAIT)) {
                await(() -> worker.pendingCount() == 0, "delivery with the right token");
            }
            assertEquals(keys, endpoint.appliedKeysInOrder());
        }
    }

    @Test
    void aNudgeWakesAnIdleWorkerForANewBooking() throws Exception {
        try (CentralEndpoint endpoint = new CentralEndpoint(3, 0, null);
                BookingStore store = BookingStore.open(dataDir)) {
            SyncFixture.putSchedule(store);
            // The idle poll is an hour: only the nudge can get the booking out in this test.
            try (OutboxWorker worker =
                    SyncFixture.start(store, SyncFixture.settings(endpoint.uri(), null), SyncFixture.NO_WAIT)) {
                await(
                        () -> Thread.getAllStackTraces().keySet().stream()
                                .anyMatch(t -> t.getName().equals("outbox-worker")
                                        && t.getState() == Thread.State.TIMED_WAITING),
                        "the worker to go idle");
                Booking booking = store.book("s9", "村民", SyncFixture.idNumber(1), SyncFixture.phone(1), "欠薪", "");
                worker.nudge();
                await(() -> worker.pendingCount() == 0, "the nudged delivery");
                assertEquals(
                        booking.code(),
                        endpoint.appliedEventsInOrder().get(0).path("code").asText());
            }
        }
    }

    @Test
    void aMissingOrBlankTokenFileStopsTheWorkerFromStartingWithAClearMessage() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            URI endpoint = URI.create("https://county.example.cn/api/v1/events");
            IllegalArgumentException missing = assertThrows(
                    IllegalArgumentException.class,
                    () -> OutboxWorker.start(store, SyncFixture.settings(endpoint, dataDir.resolve("no-such-token"))));
            assertTrue(missing.getMessage().contains("sync.token-file"), missing.getMessage());
            Path blank = Files.writeString(dataDir.resolve("blank"), " \n");
            IllegalArgumentException empty = assertThrows(
                    IllegalArgumentException.class,
                    () -> OutboxWorker.start(store, SyncFixture.settings(endpoint, blank)));
            assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
        }
    }

    private static void assertDeliveredExactlyOnceInOrder(CentralEndpoint endpoint, List<String> keys) {
        assertEquals(new HashSet<>(keys), new HashSet<>(endpoint.appliedKeysInOrder()), "the set of keys delivered");
        assertEquals(keys, endpoint.appliedKeysInOrder(), "delivered in the order written");
        for (Map.Entry<String, Integer> applied : endpoint.applicationsPerKey().entrySet()) {
            assertEquals(1, applied.getValue(), "applications of " + applied.getKey());
        }
        Map<String, List<String>> typesPerBooking = new HashMap<>();
        for (JsonNode event : endpoint.appliedEventsInOrder()) {
            typesPerBooking
                    .computeIfAbsent(event.path("code").asText(), c -> new ArrayList<>())
                    .add(event.path("type").asText());
        }
        for (Map.Entry<String, List<String>> booking : typesPerBooking.entrySet()) {
            List<String> types = booking.getValue();
            assertEquals("booking.created", types.get(0), booking.getKey() + " " + types);
            assertTrue(
                    types.size() == 1 || types.equals(List.of("booking.created", "booking.cancelled")),
                    booking.getKey() + " " + types);
        }
    }

    private static void assertFailuresHappened(CentralEndpoint endpoint) {
        for (CentralEndpoint.Behaviour failure : List.of(
                CentralEndpoint.Behaviour.FAIL_500,
                CentralEndpoint.Behaviour.APPLY_THEN_HANG,
                CentralEndpoint.Behaviour.DROP)) {
            assertTrue(endpoint.count(failure) > 0, "the endpoint never chose " + failure);
        }
        assertTrue(endpoint.duplicates() > 0, "no event was posted again after its answer was lost");
    }

    private static URI unusedLoopbackPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/api/v1/events");
    }
}
