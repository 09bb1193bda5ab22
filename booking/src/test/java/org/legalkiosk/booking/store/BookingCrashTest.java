package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Power cuts and crashes, approximated by SIGKILL: a separate JVM books and cancels in a loop and is killed at
 * random points, many times. After every kill the file must be intact and every booking either complete with its
 * outbox rows or absent; nothing reported as done may be lost; no slot may be overbooked.
 * (SIGKILL does not lose the page cache, so this covers the transaction boundaries, not the fsyncs themselves.)
 */
class BookingCrashTest {

    private static final Logger LOG = LoggerFactory.getLogger(BookingCrashTest.class);
    private static final int KILLS = 15;
    private static final int CAPACITY = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void killingTheBookingProcessAtRandomPointsLeavesEveryBookingCompleteWithItsOutboxRowOrAbsent() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < BookLoop.SLOTS; i++) {
                slots.add(new Slot(
                        "s" + i,
                        "o1",
                        "aid",
                        Schedules.NINE.plusMinutes(i),
                        Schedules.NINE.plusMinutes(i + 1),
                        CAPACITY));
            }
            store.putSchedule(List.of(Schedules.OFFICE), List.of(Schedules.LEGAL_AID), slots);
        }
        long seed = System.nanoTime();
        LOG.info("Booking crash test seed {}", seed);
        Random random = new Random(seed);
        Set<String> reportedBooked = new HashSet<>();
        Set<String> reportedCancelled = new HashSet<>();
        int interrupted = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            List<String> lines = runAndKill(random, seed + kill);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            for (String line : lines) {
                if (line.startsWith("BOOKED ")) {
                    reportedBooked.add(line.substring(7));
                } else if (line.startsWith("CANCELLED ")) {
                    reportedCancelled.add(line.substring(10));
                }
            }
            if (last.equals("BOOKING") || last.startsWith("CANCELLING")) {
                interrupted++;
            }
            checkConsistent(
                    reportedBooked,
                    reportedCancelled,
                    "after kill " + (kill + 1) + " (" + last + ", seed " + seed + ")");
        }
        LOG.info("{} kills, {} inside a change; {} bookings reported", KILLS, interrupted, reportedBooked.size());
        assertTrue(interrupted > 0, "no kill landed inside a change (seed " + seed + ")");
        assertTrue(reportedBooked.size() > KILLS, "the loop made progress between kills");
    }

    /** Starts the loop, lets it make some progress, waits a random moment, kills it and returns what it said. */
    private List<String> runAndKill(Random random, long childSeed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        BookLoop.class.getName(),
                        dataDir.toString(),
                        Long.toString(childSeed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicReference<IOException> readFailure = new AtomicReference<>();
        // Set before the kill: the pipe may close while the process is still being reaped (isAlive() still true).
        AtomicBoolean killing = new AtomicBoolean();
        // Drained on its own thread, so the child never blocks on a full pipe while we wait to kill it.
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out =
                            new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.equals("READY")
                                    || line.startsWith("BOOK")
                                    || line.startsWith("CANCEL")
                                    || line.equals("FULL")) {
                                lines.add(line);
                            }
                        }
                    } catch (IOException e) {
                        // The JDK closes the child's output once we kill it: "Stream closed" then only says the child
                        // is gone.
                        // Anything else is recorded and fails the test on the test's own thread; thrown from here, it
                        // would
                        // surface as an uncaught exception in whichever test (often a TestFX one) runs next.
                        if (!killing.get()) {
                            readFailure.compareAndSet(null, e);
                        }
                    }
                },
                "book-loop-output");
        reader.start();
        try {
            int changesToSee = 1 + random.nextInt(20);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (lines.stream()
                                    .filter(l ->
                                            l.startsWith("BOOKED") || l.startsWith("CANCELLED") || l.equals("FULL"))
                                    .count()
                            < changesToSee
                    && child.isAlive()
                    && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            assertTrue(child.isAlive(), "the booking loop died by itself: " + lines);
            // Not a synchronisation: any moment is a valid moment to die.
            TimeUnit.MILLISECONDS.sleep(random.nextInt(50));
        } finally {
            killing.set(true);
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES), "child did not die");
            reader.join(TimeUnit.MINUTES.toMillis(1));
        }
        if (readFailure.get() != null) {
            throw new UncheckedIOException("reading the booking loop's output", readFailure.get());
        }
        return lines;
    }

    private void checkConsistent(Set<String> reportedBooked, Set<String> reportedCancelled, String when)
            throws Exception {
        try (BookingStore store = BookingStore.open(dataDir);
                Connection connection = store.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1), when);
            }
            Map<String, String> states = new HashMap<>();
            Map<String, Integer> confirmedPerSlot = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT code, state, slot_id FROM bookings")) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                    if (rs.getString(2).equals("CONFIRMED")) {
                        confirmedPerSlot.merge(rs.getString(3), 1, Integer::sum);
                    }
                }
            }
            Map<String, List<String>> eventsPerCode = new HashMap<>();
            for (OutboxEvent event : store.outboxPending()) {
                String code = JSON.readTree(event.payload()).get("code").asText();
                eventsPerCode.computeIfAbsent(code, c -> new ArrayList<>()).add(event.type());
            }
            for (Map.Entry<String, String> booking : states.entrySet()) {
                List<String> expected = booking.getValue().equals("CANCELLED")
                        ? List.of("booking.created", "booking.cancelled")
                        : List.of("booking.created");
                assertEquals(
                        expected, eventsPerCode.get(booking.getKey()), "outbox of " + booking.getKey() + " " + when);
                // Decrypts: the encrypted columns were written whole.
                assertEquals(
                        Schedules.ID_NUMBER,
                        store.find(booking.getKey()).orElseThrow().idNumber(),
                        when);
            }
            assertEquals(states.keySet(), eventsPerCode.keySet(), "outbox rows without a booking " + when);
            assertTrue(states.keySet().containsAll(reportedBooked), "a reported booking was lost " + when);
            for (String code : reportedCancelled) {
                assertEquals("CANCELLED", states.get(code), "a reported cancellation was lost " + when);
            }
            confirmedPerSlot.forEach((slot, count) -> assertTrue(count <= CAPACITY, slot + " overbooked " + when));
        }
    }
}
