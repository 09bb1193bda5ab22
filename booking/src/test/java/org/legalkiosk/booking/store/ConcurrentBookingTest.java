package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many people tapping "confirm" on the last seat at once: exactly one gets it, everyone else hears it is full. */
class ConcurrentBookingTest {

    private static final int THREADS = 24;

    @TempDir
    Path dataDir;

    @Test
    void manyThreadsRacingForTheLastSeatLeaveExactlyOneWinner() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            List<Outcome> outcomes = race(i -> store);
            assertOneWinner(store, outcomes);
        }
    }

    @Test
    void twoStoresOnTheSameFileNeverSellTheSameSeatTwice() throws Exception {
        try (BookingStore first = BookingStore.open(dataDir);
                BookingStore second = BookingStore.open(dataDir)) {
            Schedules.put(first, Schedules.slot("s9", 9, 3));
            List<Outcome> outcomes = race(i -> i % 2 == 0 ? first : second);
            long winners = outcomes.stream().filter(o -> o.code != null).count();
            assertEquals(3, winners);
            assertEquals(
                    THREADS - 3,
                    outcomes.stream()
                            .filter(o -> o.error instanceof SlotFullException)
                            .count());
            assertEquals(
                    0,
                    second.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
            assertEquals(3, first.outboxPending().size());
        }
    }

    private void assertOneWinner(BookingStore store, List<Outcome> outcomes) {
        List<Outcome> winners = outcomes.stream().filter(o -> o.code != null).toList();
        assertEquals(1, winners.size(), "winners");
        for (Outcome outcome : outcomes) {
            if (outcome.code == null) {
                assertInstanceOf(SlotFullException.class, outcome.error);
                assertTrue(outcome.error.getMessage().contains("s9 is full"));
            }
        }
        assertTrue(store.find(winners.get(0).code).isPresent());
        assertEquals(
                0, store.slots("o1", "aid", Schedules.NINE.toLocalDate()).get(0).remaining());
        assertEquals(1, store.outboxPending().size());
    }

    private record Outcome(String code, Throwable error) {}

    private interface StoreFor {
        BookingStore store(int thread);
    }

    /** All threads wait at a gate and then book at once; each reports the code it got or why it failed. */
    private static List<Outcome> race(StoreFor stores) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                BookingStore store = stores.store(i);
                Callable<String> booking = () -> {
                    gate.await();
                    return store.book("s9", "村民", ID_NUMBER, PHONE, "欠薪", "").code();
                };
                futures.add(pool.submit(booking));
            }
            gate.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                try {
                    outcomes.add(new Outcome(future.get(2, TimeUnit.MINUTES), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a booking thread hung", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
