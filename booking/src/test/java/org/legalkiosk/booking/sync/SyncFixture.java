package org.legalkiosk.booking.sync;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.personal.IdNumbers;

/** Bookings to deliver and the settings of a worker that never waits real backoff times. */
final class SyncFixture {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);
    static final Office OFFICE = new Office("o1", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "周一至周五 9:00-17:00");
    static final Service LEGAL_AID = new Service("aid", "法律援助", "Legal aid");
    static final Sleeper NO_WAIT = duration -> {};

    private SyncFixture() {}

    static void putSchedule(BookingStore store) {
        List<Slot> slots = new ArrayList<>();
        for (int hour = 8; hour < 18; hour++) {
            slots.add(new Slot(
                    "s" + hour,
                    OFFICE.id(),
                    LEGAL_AID.id(),
                    NINE.withHour(hour),
                    NINE.withHour(hour).plusMinutes(30),
                    50));
        }
        store.putSchedule(List.of(OFFICE), List.of(LEGAL_AID), slots);
    }

    /** A valid ID number that differs for every {@code n}. */
    static String idNumber(int n) {
        return IdNumbers.withCheckCharacter(String.format("620102199001%02d%03d", 1 + n % 28, 100 + n));
    }

    /** A valid mobile number that differs for every {@code n}. */
    static String phone(int n) {
        return String.format("1381234%04d", n);
    }

    /** Books {@code count} people, cancelling every third booking, and answers the bookings made. */
    static List<Booking> bookAndCancelSome(BookingStore store, int first, int count, Runnable afterEach) {
        List<Booking> made = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Booking booking = store.book("s" + (8 + i % 10), "村民" + i, idNumber(i), phone(i), "欠薪", "");
            made.add(booking);
            afterEach.run();
            if (i % 3 == 0) {
                store.cancel(booking.code());
                afterEach.run();
            }
        }
        return made;
    }

    static SyncSettings settings(URI endpoint, Path tokenFile) {
        return new SyncSettings(
                endpoint,
                tokenFile,
                Duration.ofSeconds(5),
                Duration.ofMillis(500),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30)),
                Duration.ofHours(1));
    }

    static OutboxWorker start(BookingStore store, SyncSettings settings, Sleeper sleeper) {
        return OutboxWorker.start(store, settings, java.time.Clock.systemUTC(), sleeper, new Random(7));
    }

    /** Every idempotency key in the outbox, sent or not, in the order written (read straight from the file). */
    static List<String> outboxKeysInOrder(Path dataDir) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                        + dataDir.resolve(BookingStore.DATABASE_FILE).toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT idempotency_key FROM outbox ORDER BY id")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        }
    }

    /** Waits for the condition, polling; the generous limit only keeps a broken build from hanging. */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + what);
            }
        }
    }
}
