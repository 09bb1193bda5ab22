package org.legalkiosk.kiosk.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.Outbox;
import org.legalkiosk.booking.store.SlotFullException;
import org.legalkiosk.personal.IdNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking store against plain SQLite on the same file system with the same pragmas (WAL, synchronous=FULL):
 * single-threaded bookings against one durable INSERT of a row as large as what a booking writes; many threads
 * racing for the same seats against the same number of plain INSERTs from as many threads, followed by a seat
 * audit that fails the run if any slot is overbooked; opening the store on an empty folder against creating a
 * bare SQLite file; and the outbox delivery query over a large backlog against a primary-key lookup.
 */
final class BookingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(BookingBenchmark.class);
    private static final int SEATS_PER_SLOT_SINGLE = 4;
    private static final LocalDateTime FIRST_SLOT = LocalDateTime.of(2030, 1, 7, 9, 0);
    private static final Office OFFICE =
            new Office("bench-office", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "周一至周五 9:00-17:00");
    private static final Service SERVICE = new Service("aid", "法律援助", "Legal aid");
    // A made-up number with a valid check character: the store validates it, nobody holds it.
    private static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");
    private static final String PHONE = "13812345678";

    /** How much work each part does; {@link #standard(int)} is what {@code legalkiosk bench} runs. */
    record Sizes(int bookings, int threads, int slots, int seatsPerSlot, int pendingEvents, int rounds) {

        Sizes {
            if (bookings < 1 || threads < 1 || slots < 1 || seatsPerSlot < 1 || pendingEvents < 1 || rounds < 1) {
                throw new IllegalArgumentException("every benchmark size must be at least 1: " + this);
            }
        }

        static Sizes standard(int rounds) {
            return new Sizes(300, 8, 100, 3, 10_000, Math.max(5, rounds));
        }
    }

    /** Single-threaded bookings and both plain-INSERT baselines, measured interleaved. */
    record Single(int bookings, int rowBytes, Timings booking, Timings plainInsert, Timings plainInsertNewConnection) {

        double bookingsPerSecond() {
            return 1e6 / booking.meanMicros();
        }

        /** How many times longer a booking takes than one durable plain INSERT (medians). */
        double ratio() {
            return booking.medianMicros() / plainInsert.medianMicros();
        }
    }

    /** Threads racing for the same seats; {@code audit} is what the file holds afterwards. */
    record Contended(
            int threads,
            int attempts,
            int booked,
            int full,
            int errors,
            double seconds,
            Timings attempt,
            Timings seated,
            Timings toldFull,
            double plainSeconds,
            Timings plainInsert,
            SeatAudit audit) {

        double bookingsPerSecond() {
            return booked / seconds;
        }

        double plainPerSecond() {
            return booked / plainSeconds;
        }

        /** How many times longer committing the bookings took than committing as many plain rows, wall clock. */
        double ratio() {
            return seconds / plainSeconds;
        }

        boolean noSlotOverbooked() {
            return audit.consistentWith(booked) && errors == 0;
        }
    }

    /** Opening the store on empty folders and the outbox queries over a backlog, each with its baseline. */
    record Startup(
            Timings open,
            Timings plainOpen,
            int pending,
            Timings oldestPending,
            Timings pendingCount,
            Timings plainLookup) {}

    record Report(Single single, Contended contended, Startup startup) {}

    private final Sizes sizes;

    BookingBenchmark(Sizes sizes) {
        this.sizes = sizes;
    }

    Report run(PrintWriter out, Path work) throws Exception {
        Single single = single(work.resolve("booking-single"));
        out.printf(
                Locale.ROOT,
                "Each booking: capacity check, AES-GCM of ID number and phone, booking row, outbox row, "
                        + "fsync'd commit (WAL, synchronous=FULL). Baseline: a plain INSERT of one %d-byte row (a booking "
                        + "plus its outbox row) in its own transaction, same pragmas, same folder.%n%n",
                single.rowBytes());
        out.printf(
                Locale.ROOT,
                "| single thread (%d of each, interleaved) | per second | median ms | p99 ms "
                        + "| time / plain INSERT time (median) |%n",
                single.bookings());
        out.println("|---|---:|---:|---:|---:|");
        singleRow(out, "booking", single.booking(), single.plainInsert());
        singleRow(out, "plain INSERT, connection kept open", single.plainInsert(), single.plainInsert());
        singleRow(
                out,
                "plain INSERT, new connection each (as the store does)",
                single.plainInsertNewConnection(),
                single.plainInsert());

        Contended contended = contended(work.resolve("booking-contended"));
        out.printf(
                Locale.ROOT,
                "%n| %d threads, %d slots × %d seats, every thread tries every slot in the same order "
                        + "| committed per second | median ms | p99 ms | wall time / plain wall time |%n",
                contended.threads(),
                sizes.slots(),
                sizes.seatsPerSlot());
        out.println("|---|---:|---:|---:|---:|");
        out.printf(
                Locale.ROOT,
                "| all %d booking attempts (%d errors) | %.0f | %.2f | %.2f | %.1f |%n",
                contended.attempts(),
                contended.errors(),
                contended.bookingsPerSecond(),
                contended.attempt().medianMicros() / 1000,
                contended.attempt().p99Micros() / 1000,
                contended.ratio());
        outcomeRow(out, "attempts that got a seat", contended.booked(), contended.seated());
        outcomeRow(
                out,
                "attempts told the slot is full (rolled back, nothing to fsync)",
                contended.full(),
                contended.toldFull());
        out.printf(
                Locale.ROOT,
                "| plain INSERT from %d threads (%d rows) | %.0f | %.2f | %.2f | 1 |%n",
                contended.threads(),
                contended.booked(),
                contended.plainPerSecond(),
                contended.plainInsert().medianMicros() / 1000,
                contended.plainInsert().p99Micros() / 1000);
        SeatAudit audit = contended.audit();
        out.printf(
                Locale.ROOT,
                "%nSeat audit after the race (read from the file): %d slots, %d seats, %d confirmed "
                        + "bookings, %d outbox rows, %d slots overbooked: %s%n",
                audit.slots(),
                audit.seats(),
                audit.confirmed(),
                audit.outboxRows(),
                audit.overbookedSlots(),
                contended.noSlotOverbooked() ? "OK" : "FAILED");

        Startup startup = startup(work);
        out.printf(
                Locale.ROOT,
                "%n| step (median of %d; queries %d each) | median ms | p99 ms | time / baseline time (median) |%n",
                startup.open().nanos().length,
                startup.oldestPending().nanos().length);
        out.println("|---|---:|---:|---:|");
        startupRow(
                out,
                "open the store on an empty folder (key file, schema migrations)",
                startup.open(),
                startup.plainOpen());
        startupRow(out, "baseline: create a bare SQLite file with one table", startup.plainOpen(), startup.plainOpen());
        startupRow(
                out,
                "outbox delivery query: oldest of " + startup.pending() + " pending events",
                startup.oldestPending(),
                startup.plainLookup());
        startupRow(
                out, "outbox pending count (" + startup.pending() + ")", startup.pendingCount(), startup.plainLookup());
        startupRow(
                out,
                "baseline: primary-key lookup of one row among " + startup.pending(),
                startup.plainLookup(),
                startup.plainLookup());
        out.flush();

        // A benchmark that sold a seat twice has found a bug; its figures mean nothing, so the run fails loudly.
        if (!contended.noSlotOverbooked()) {
            throw new IllegalStateException("booking benchmark: seat audit failed: " + audit + " after "
                    + contended.booked() + " bookings and " + contended.errors() + " errors");
        }
        return new Report(single, contended, startup);
    }

    private static void singleRow(PrintWriter out, String name, Timings t, Timings baseline) {
        out.printf(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.1f |%n",
                name,
                1e6 / t.meanMicros(),
                t.medianMicros() / 1000,
                t.p99Micros() / 1000,
                t.medianMicros() / baseline.medianMicros());
    }

    private static void outcomeRow(PrintWriter out, String name, int count, Timings t) {
        if (count > 0) {
            out.printf(
                    Locale.ROOT,
                    "| – of which %s (%d) | | %.2f | %.2f | |%n",
                    name,
                    count,
                    t.medianMicros() / 1000,
                    t.p99Micros() / 1000);
        }
    }

    private static void startupRow(PrintWriter out, String name, Timings t, Timings baseline) {
        out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.1f |%n",
                name,
                t.medianMicros() / 1000,
                t.p99Micros() / 1000,
                t.medianMicros() / baseline.medianMicros());
    }

    private Single single(Path dir) throws Exception {
        int warmUp = Math.max(2, sizes.bookings() / 10);
        int total = warmUp + sizes.bookings();
        try (BookingStore store = BookingStore.open(dir)) {
            List<Slot> slots = slots(
                    "single-", (total + SEATS_PER_SLOT_SINGLE - 1) / SEATS_PER_SLOT_SINGLE, SEATS_PER_SLOT_SINGLE);
            store.putSchedule(List.of(OFFICE), List.of(SERVICE), slots);
            book(store, slots.get(0).id());
            // The baseline row is as large as what a booking writes, so the ratio is about work, not bytes.
            int rowBytes = bytesPerBooking(dir.resolve(BookingStore.DATABASE_FILE));
            long[] booking = new long[sizes.bookings()];
            long[] plain = new long[sizes.bookings()];
            long[] plainNew = new long[sizes.bookings()];
            try (PlainSqlite baseline = PlainSqlite.open(dir.resolve("plain.db"), rowBytes)) {
                // Interleaved, so a burst of load from elsewhere on the machine hits all three alike.
                for (int i = 1; i < total; i++) {
                    long t = System.nanoTime();
                    book(store, slots.get(i / SEATS_PER_SLOT_SINGLE).id());
                    long b = System.nanoTime() - t;
                    t = System.nanoTime();
                    baseline.insert();
                    long p = System.nanoTime() - t;
                    t = System.nanoTime();
                    baseline.insertOnNewConnection();
                    long n = System.nanoTime() - t;
                    int measured = i - (total - sizes.bookings());
                    if (measured >= 0) {
                        booking[measured] = b;
                        plain[measured] = p;
                        plainNew[measured] = n;
                    }
                }
            }
            return new Single(sizes.bookings(), rowBytes, Timings.of(booking), Timings.of(plain), Timings.of(plainNew));
        }
    }

    private Contended contended(Path dir) throws Exception {
        int attempts = sizes.threads() * sizes.slots();
        long[] samples = new long[attempts];
        boolean[] seated = new boolean[attempts];
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        double seconds;
        try (BookingStore store = BookingStore.open(dir)) {
            List<Slot> slots = slots("race-", sizes.slots(), sizes.seatsPerSlot());
            store.putSchedule(List.of(OFFICE), List.of(SERVICE), slots);
            seconds = race(
                    i -> {
                        // Every thread walks the slots in the same order, so all of them fight over each slot's last
                        // seats.
                        int thread = i / sizes.slots();
                        String slot = slots.get(i % sizes.slots()).id();
                        long t = System.nanoTime();
                        try {
                            book(store, slot);
                            booked.incrementAndGet();
                            seated[thread * sizes.slots() + i % sizes.slots()] = true;
                        } catch (SlotFullException e) {
                            full.incrementAndGet();
                        } catch (RuntimeException e) {
                            LOG.warn("Booking in slot {} failed during the contended run", slot, e);
                            errors.incrementAndGet();
                        }
                        samples[thread * sizes.slots() + i % sizes.slots()] = System.nanoTime() - t;
                    },
                    sizes.slots());
        }
        SeatAudit audit = SeatAudit.of(dir.resolve(BookingStore.DATABASE_FILE));

        int rows = Math.max(sizes.threads(), booked.get());
        int perThread = (rows + sizes.threads() - 1) / sizes.threads();
        long[] plainSamples = new long[perThread * sizes.threads()];
        int rowBytes = bytesPerBooking(dir.resolve(BookingStore.DATABASE_FILE));
        List<PlainSqlite> connections = new ArrayList<>();
        double plainSeconds;
        try {
            for (int t = 0; t < sizes.threads(); t++) {
                connections.add(PlainSqlite.open(dir.resolve("plain.db"), rowBytes));
            }
            plainSeconds = race(
                    i -> {
                        long t = System.nanoTime();
                        try {
                            connections.get(i / perThread).insert();
                        } catch (SQLException e) {
                            throw new IllegalStateException("plain INSERT failed", e);
                        }
                        plainSamples[i] = System.nanoTime() - t;
                    },
                    perThread);
        } finally {
            for (PlainSqlite c : connections) {
                c.close();
            }
        }
        // Rows are rounded up to whole threads; scale so the rate is over what was really written.
        plainSeconds = plainSeconds * rows / plainSamples.length;
        // The threads have finished (race waited on every one), so their writes to the arrays are visible here.
        long[] seatedSamples = new long[booked.get()];
        long[] fullSamples = new long[attempts - booked.get()];
        for (int i = 0, s = 0, f = 0; i < attempts; i++) {
            if (seated[i]) {
                seatedSamples[s++] = samples[i];
            } else {
                fullSamples[f++] = samples[i];
            }
        }
        return new Contended(
                sizes.threads(),
                attempts,
                booked.get(),
                full.get(),
                errors.get(),
                seconds,
                Timings.of(samples),
                Timings.of(seatedSamples),
                Timings.of(fullSamples),
                plainSeconds,
                Timings.of(plainSamples),
                audit);
    }

    @FunctionalInterface
    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code perThread} steps on each thread, all released at once; answers the wall time in seconds. */
    private double race(Step step, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sizes.threads());
        try {
            CountDownLatch ready = new CountDownLatch(sizes.threads());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < sizes.threads(); t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int s = 0; s < perThread; s++) {
                        step.run(thread * perThread + s);
                    }
                    return null;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private Startup startup(Path work) throws Exception {
        long[] open = new long[sizes.rounds()];
        long[] plainOpen = new long[sizes.rounds()];
        for (int r = -1; r < sizes.rounds(); r++) { // round -1 warms up
            long t = System.nanoTime();
            BookingStore.open(work.resolve("booking-open-" + r)).close();
            long o = System.nanoTime() - t;
            Path plainDir = Files.createDirectories(work.resolve("plain-open-" + r));
            t = System.nanoTime();
            PlainSqlite.open(plainDir.resolve("plain.db"), 1).close();
            long p = System.nanoTime() - t;
            if (r >= 0) {
                open[r] = o;
                plainOpen[r] = p;
            }
        }

        Path dir = work.resolve("booking-outbox");
        int queries = sizes.rounds() * 10;
        long[] oldest = new long[queries];
        long[] count = new long[queries];
        long[] lookup = new long[queries];
        try (BookingStore store = BookingStore.open(dir)) {
            List<Slot> slots = slots("outbox-", 1, 1);
            store.putSchedule(List.of(OFFICE), List.of(SERVICE), slots);
            book(store, slots.get(0).id());
            int rowBytes = fillOutbox(dir.resolve(BookingStore.DATABASE_FILE), sizes.pendingEvents() - 1);
            Outbox outbox = new Outbox(store);
            if (outbox.pendingCount() != sizes.pendingEvents()) {
                throw new IllegalStateException(
                        "outbox holds " + outbox.pendingCount() + " pending events, not " + sizes.pendingEvents());
            }
            Random ids = new Random(1);
            try (PlainSqlite baseline = PlainSqlite.open(dir.resolve("plain.db"), rowBytes)) {
                baseline.fill(sizes.pendingEvents());
                int sink = 0;
                for (int q = -queries / 10; q < queries; q++) { // the first tenth warms up
                    long t = System.nanoTime();
                    sink += outbox.oldestPending().isPresent() ? 1 : 0;
                    long a = System.nanoTime() - t;
                    t = System.nanoTime();
                    sink += outbox.pendingCount();
                    long b = System.nanoTime() - t;
                    t = System.nanoTime();
                    sink += baseline.lookupOnNewConnection(1 + ids.nextInt(sizes.pendingEvents()));
                    long c = System.nanoTime() - t;
                    if (q >= 0) {
                        oldest[q] = a;
                        count[q] = b;
                        lookup[q] = c;
                    }
                }
                if (sink == Integer.MIN_VALUE) {
                    throw new IllegalStateException("unreachable; keeps the results alive");
                }
            }
        }
        return new Startup(
                Timings.of(open),
                Timings.of(plainOpen),
                sizes.pendingEvents(),
                Timings.of(oldest),
                Timings.of(count),
                Timings.of(lookup));
    }

    /**
     * Copies the one real pending event {@code copies} times with fresh idempotency keys, in one transaction: a
     * backlog as a terminal offline for weeks would build up, without waiting for that many fsync'd bookings.
     * Answers the size of one outbox row, for the baseline.
     */
    private static int fillOutbox(Path database, int copies) throws SQLException {
        try (Connection connection = PlainSqlite.connect(database)) {
            String type;
            String payload;
            String created;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT event_type, payload, created FROM outbox LIMIT 1")) {
                type = rs.getString(1);
                payload = rs.getString(2);
                created = rs.getString(3);
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO outbox (event_type, idempotency_key, payload, created) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < copies; i++) {
                    insert.setString(1, type);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, payload);
                    insert.setString(4, created);
                    insert.executeUpdate();
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("""
                         SELECT max(length(CAST(event_type AS BLOB)) + length(CAST(idempotency_key AS BLOB))
                             + length(CAST(payload AS BLOB)) + length(CAST(created AS BLOB)) + 16) FROM outbox""")) {
                return rs.getInt(1);
            }
        }
    }

    /** The bytes of a booking row and its outbox row, columns only (no index entries), averaged over the file. */
    private static int bytesPerBooking(Path database) throws SQLException {
        try (Connection connection = PlainSqlite.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                     SELECT (SELECT avg(length(CAST(code AS BLOB)) + length(CAST(slot_id AS BLOB))
                                 + length(CAST(name AS BLOB)) + length(id_number) + length(phone)
                                 + length(CAST(matter AS BLOB)) + length(CAST(note AS BLOB))
                                 + length(CAST(state AS BLOB)) + length(CAST(created AS BLOB)) + 8) FROM bookings)
                          + (SELECT avg(length(CAST(event_type AS BLOB)) + length(CAST(idempotency_key AS BLOB))
                                 + length(CAST(payload AS BLOB)) + length(CAST(created AS BLOB)) + 16) FROM outbox)
                     """)) {
            return (int) Math.round(rs.getDouble(1));
        }
    }

    private static Booking book(BookingStore store, String slotId) {
        return store.book(slotId, "张三", ID_NUMBER, PHONE, "劳动报酬", "工地拖欠三个月工资");
    }

    private static List<Slot> slots(String prefix, int count, int capacity) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = FIRST_SLOT.plusDays(i / 16).plusMinutes(30L * (i % 16));
            slots.add(new Slot(prefix + i, OFFICE.id(), SERVICE.id(), start, start.plusMinutes(30), capacity));
        }
        return slots;
    }
}
