package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Slot;

class BookingStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void aBookingCanBeFoundByItsCodeWithItsPersonalDataIntact() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "包工头拖欠三个月工资");
            assertTrue(BookingCode.isValid(booking.code()));
            assertEquals(BookingState.CONFIRMED, booking.state());
            assertEquals(booking, store.find(booking.code()).orElseThrow());
            assertTrue(store.find("AAAAAA").isEmpty());
        }
        try (BookingStore reopened = BookingStore.open(dataDir)) {
            assertEquals(1, reopened.outboxPending().size());
        }
    }

    @Test
    void slotsOfADayComeInTimeOrderWithTheirFreeSeats() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Slot late = Schedules.slot("s14", 14, 1);
            Slot early = Schedules.slot("s9", 9, 3);
            Slot nextDay = new Slot(
                    "t9",
                    "o1",
                    "aid",
                    Schedules.NINE.plusDays(1),
                    Schedules.NINE.plusDays(1).plusHours(1),
                    5);
            Schedules.put(store, late, early, nextDay);
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            List<SlotAvailability> day = store.slots("o1", "aid", Schedules.NINE.toLocalDate());
            assertEquals(List.of(new SlotAvailability(early, 2), new SlotAvailability(late, 1)), day);
            assertTrue(
                    store.slots("o1", "mediation", Schedules.NINE.toLocalDate()).isEmpty());
        }
    }

    @Test
    void aFullSlotRefusesWithAClearErrorAndCancellingFreesTheSeat() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            Booking first = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            SlotFullException full = assertThrows(
                    SlotFullException.class, () -> store.book("s9", "李四", ID_NUMBER, "13900001111", "土地", ""));
            assertEquals("s9", full.slotId());
            assertTrue(full.getMessage().contains("full"));

            Booking cancelled = store.cancel(first.code());
            assertEquals(BookingState.CANCELLED, cancelled.state());
            assertEquals(
                    BookingState.CANCELLED,
                    store.find(first.code()).orElseThrow().state());
            assertEquals(
                    1,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
            store.book("s9", "李四", ID_NUMBER, "13900001111", "土地", "");
            assertThrows(IllegalStateException.class, () -> store.cancel(first.code()));
            assertThrows(NoSuchElementException.class, () -> store.cancel("AAAAAA"));
        }
    }

    @Test
    void badInputsAreRejectedWithoutWritingAnything() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            String badCheck = ID_NUMBER.substring(0, 17) + (ID_NUMBER.charAt(17) == '0' ? '1' : '0');
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> store.book("s9", "张三", badCheck, PHONE, "欠薪", ""));
            assertFalse(e.getMessage().contains(badCheck), e.getMessage());
            assertThrows(
                    IllegalArgumentException.class, () -> store.book("s9", "张三", ID_NUMBER, "12812345678", "欠薪", ""));
            assertThrows(IllegalArgumentException.class, () -> store.book("s9", "张三", null, PHONE, "欠薪", ""));
            assertThrows(IllegalArgumentException.class, () -> store.book("s9", " ", ID_NUMBER, PHONE, "欠薪", ""));
            assertThrows(NoSuchElementException.class, () -> store.book("nope", "张三", ID_NUMBER, PHONE, "欠薪", ""));
            assertTrue(store.outboxPending().isEmpty());
            assertEquals(
                    1,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
        }
    }

    @Test
    void everyChangeQueuesOneOutboxEventWithItsOwnIdempotencyKeyAndNoPersonalData() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            Booking a = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.book("s9", "李四", ID_NUMBER, PHONE, "土地", "");
            store.cancel(a.code());
            List<OutboxEvent> events = store.outboxPending();
            assertEquals(
                    List.of("booking.created", "booking.created", "booking.cancelled"),
                    events.stream().map(OutboxEvent::type).toList());
            Set<String> keys = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            for (OutboxEvent event : events) {
                assertTrue(keys.add(event.idempotencyKey()));
                JsonNode payload = json.readTree(event.payload());
                assertEquals(
                        event.idempotencyKey(), payload.get("idempotencyKey").asText());
                assertEquals(event.type(), payload.get("type").asText());
                assertFalse(event.payload().contains(ID_NUMBER), event.payload());
                assertFalse(event.payload().contains(PHONE), event.payload());
            }
            assertEquals(
                    a.code(), json.readTree(events.get(2).payload()).get("code").asText());
        }
    }

    @Test
    void idNumbersAndPhonesAreEncryptedAtRest() throws Exception {
        String code;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
            try (Connection connection = store.connect();
                    PreparedStatement query =
                            connection.prepareStatement("SELECT id_number, phone FROM bookings WHERE code = ?")) {
                query.setString(1, code);
                try (ResultSet rs = query.executeQuery()) {
                    assertTrue(rs.next());
                    for (byte[] raw : List.of(rs.getBytes(1), rs.getBytes(2))) {
                        String asText = new String(raw, StandardCharsets.ISO_8859_1);
                        assertFalse(asText.contains(ID_NUMBER));
                        assertFalse(asText.contains(PHONE));
                        assertFalse(asText.contains("5678"));
                    }
                }
            }
        }
        // The whole file, WAL included: no clear ID number or phone anywhere.
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(ID_NUMBER), file.toString());
                assertFalse(bytes.contains(PHONE), file.toString());
            }
        }
    }

    @Test
    void theKeyFileIsCreatedOnceWithMode0600() throws Exception {
        Path keyFile = dataDir.resolve(BookingStore.KEY_FILE);
        BookingStore.open(dataDir).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(32, Files.size(keyFile));
        byte[] key = Files.readAllBytes(keyFile);
        BookingStore.open(dataDir).close();
        assertArrayEquals(key, Files.readAllBytes(keyFile));
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        BookingStore.open(dataDir).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    }

    @Test
    void aLostKeyIsNotSilentlyReplacedWhileBookingsNeedIt() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
        }
        Path keyFile = dataDir.resolve(BookingStore.KEY_FILE);
        byte[] key = Files.readAllBytes(keyFile);
        Files.delete(keyFile);
        BookingStoreException e = assertThrows(BookingStoreException.class, () -> BookingStore.open(dataDir));
        assertTrue(
                e.getCause().getMessage().contains("restore the key"),
                e.getCause().getMessage());
        assertFalse(Files.exists(keyFile));
        Files.write(keyFile, key);
        BookingStore.open(dataDir).close();
    }

    @Test
    void aWrongKeyCannotReadTheBookingsAndSaysSoWithoutLeakingThem() throws Exception {
        String code;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
        }
        Path keyFile = dataDir.resolve(BookingStore.KEY_FILE);
        byte[] other = Files.readAllBytes(keyFile);
        other[0] ^= 1;
        Files.write(keyFile, other);
        try (BookingStore store = BookingStore.open(dataDir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.find(code));
            assertTrue(e.getMessage().contains("cannot decrypt"), e.getMessage());
            assertFalse(e.getMessage().contains(ID_NUMBER), e.getMessage());
        }
    }

    @Test
    void replacingTheScheduleKeepsBookings() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 5), Schedules.slot("s10", 10, 5));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            Schedules.put(store, Schedules.slot("s9", 9, 5));
            assertEquals(
                    List.of("s9"),
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate()).stream()
                            .map(a -> a.slot().id())
                            .toList());
            assertEquals(
                    4,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
            assertTrue(store.find(booking.code()).isPresent());
        }
    }
}
