package org.legalkiosk.kiosk.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.personal.IdNumbers;

/** The booking benchmark with tiny sizes: it runs, its figures are sane and its seat audit sees overbooking. */
class BookingBenchmarkTest {

    private static final BookingBenchmark.Sizes TINY = new BookingBenchmark.Sizes(6, 3, 4, 2, 50, 2);

    @TempDir
    Path work;

    @Test
    void tinyRunReportsEveryPartWithSaneFigures() throws Exception {
        StringWriter text = new StringWriter();
        BookingBenchmark.Report report = new BookingBenchmark(TINY).run(new PrintWriter(text), work);

        BookingBenchmark.Single single = report.single();
        BookingBenchmark.Contended race = report.contended();
        BookingBenchmark.Startup startup = report.startup();
        assertAll(
                () -> assertEquals(6, single.bookings()),
                () -> assertEquals(6, single.booking().nanos().length),
                () -> assertTrue(single.rowBytes() > 100, "a booking and its outbox row hold more than 100 bytes"),
                () -> assertPositive(single.bookingsPerSecond()),
                () -> assertPositive(single.ratio()),
                () -> assertPositive(single.plainInsertNewConnection().medianMicros()),
                () -> assertEquals(3 * 4, race.attempts()),
                () -> assertEquals(4 * 2, race.booked(), "every seat sold once"),
                () -> assertEquals(3 * 4 - 4 * 2, race.full(), "everyone else told the slot is full"),
                () -> assertEquals(0, race.errors()),
                () -> assertEquals(new SeatAudit(4, 8, 8, 0, 8), race.audit()),
                () -> assertTrue(race.noSlotOverbooked()),
                () -> assertPositive(race.bookingsPerSecond()),
                () -> assertPositive(race.plainPerSecond()),
                () -> assertEquals(12, race.attempt().nanos().length),
                () -> assertEquals(8, race.seated().nanos().length),
                () -> assertEquals(4, race.toldFull().nanos().length),
                () -> assertEquals(2, startup.open().nanos().length),
                () -> assertEquals(50, startup.pending()),
                () -> assertEquals(20, startup.oldestPending().nanos().length),
                () -> assertPositive(startup.plainLookup().medianMicros()));

        String markdown = text.toString();
        assertAll(
                () -> assertTrue(markdown.contains("| booking | "), markdown),
                () -> assertTrue(markdown.contains("attempts that got a seat (8)"), markdown),
                () -> assertTrue(markdown.contains("0 slots overbooked: OK"), markdown),
                () -> assertTrue(markdown.contains("oldest of 50 pending events"), markdown),
                () -> assertFalse(markdown.contains("NaN") || markdown.contains("Infinity"), markdown));
    }

    @Test
    void seatAuditCountsASlotHoldingMoreBookingsThanSeats() throws Exception {
        Path dir = work.resolve("data");
        String id = IdNumbers.withCheckCharacter("62010219900101123");
        try (BookingStore store = BookingStore.open(dir)) {
            LocalDateTime nine = LocalDateTime.of(2030, 1, 7, 9, 0);
            store.putSchedule(
                    List.of(new Office("o1", "司法所", "人民路 1 号", "0931-1234567", "9:00-17:00")),
                    List.of(new Service("aid", "法律援助", "Legal aid")),
                    List.of(
                            new Slot("s1", "o1", "aid", nine, nine.plusMinutes(30), 1),
                            new Slot(
                                    "s2",
                                    "o1",
                                    "aid",
                                    nine.plusHours(1),
                                    nine.plusHours(1).plusMinutes(30),
                                    2)));
            store.book("s1", "张三", id, "13812345678", "劳动报酬", "");
        }
        Path database = dir.resolve(BookingStore.DATABASE_FILE);
        assertTrue(SeatAudit.of(database).consistentWith(1));

        // A second seat sold behind the store's back, as a broken capacity check would.
        try (Connection connection = PlainSqlite.connect(database);
                PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO bookings (code, slot_id, name, id_number, phone, matter, note, state, created, change_seq)
                VALUES ('ZZZZZZ', 's1', '李四', x'00', x'00', '土地', '', 'CONFIRMED', '2030-01-01T00:00:00Z', 99)""")) {
            insert.executeUpdate();
        }
        SeatAudit audit = SeatAudit.of(database);
        assertEquals(new SeatAudit(2, 3, 2, 1, 1), audit);
        assertFalse(audit.consistentWith(2), "overbooked");
        assertFalse(audit.consistentWith(1), "a booking without its outbox row");
    }

    @Test
    void sizesBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BookingBenchmark.Sizes(0, 8, 100, 3, 10, 5));
        assertThrows(IllegalArgumentException.class, () -> new BookingBenchmark.Sizes(10, 0, 100, 3, 10, 5));
        assertThrows(IllegalArgumentException.class, () -> new BookingBenchmark.Sizes(10, 8, 100, 3, 0, 5));
    }

    @Test
    void plainBaselineRefusesEmptyRows() {
        assertThrows(IllegalArgumentException.class, () -> PlainSqlite.open(work.resolve("plain.db"), 0));
    }

    private static void assertPositive(double value) {
        assertTrue(value > 0 && Double.isFinite(value), "expected a positive finite figure, got " + value);
    }
}
