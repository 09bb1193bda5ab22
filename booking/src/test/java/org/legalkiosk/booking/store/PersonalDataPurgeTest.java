package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Slot;

class PersonalDataPurgeTest {

    private static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Shanghai");
    /** Bookings are made a month before the first slot. */
    private static final Clock BOOKING_TIME = at(Schedules.NINE.minusDays(30));
    /** The purge runs 40 days after the first slot: it ended more than 30 days ago, the second one did not. */
    private static final Clock PURGE_TIME = at(Schedules.NINE.plusDays(40));

    private static final Slot LONG_AGO = Schedules.slot("s9", 9, 10);
    private static final Slot TEN_DAYS_AGO = slotOn("r9", Schedules.NINE.plusDays(30));
    private static final Slot NEXT_WEEK = slotOn("f9", Schedules.NINE.plusDays(47));

    @TempDir
    Path dataDir;

    @Test
    void onlyBookingsLongOverAndSyncedLoseTheirPersonalDataAndKeepWhatStatisticsNeed() {
        try (BookingStore store = open()) {
            Schedules.put(store, LONG_AGO, TEN_DAYS_AGO, NEXT_WEEK);
            Booking over = store.book("s9", "王一", ID_NUMBER, PHONE, "欠薪", "老板欠三个月工资");
            Booking overCancelled = store.book("s9", "王二", ID_NUMBER, "13900002222", "土地", "");
            store.cancel(overCancelled.code());
            Booking recent = store.book("r9", "王三", ID_NUMBER, "13900003333", "婚姻", "");
            Booking upcoming = store.book("f9", "王四", ID_NUMBER, "13900004444", "借贷", "");
            markAllSent(store);

            assertEquals(2, purge(store, 30).run());

            Booking erased = store.find(over.code()).orElseThrow();
            assertEquals(
                    List.of("", "", "", ""), List.of(erased.name(), erased.idNumber(), erased.phone(), erased.note()));
            assertEquals(
                    List.of(over.code(), "s9", "欠薪", BookingState.CONFIRMED),
                    List.of(erased.code(), erased.slotId(), erased.matter(), erased.state()));
            assertEquals(over.created(), erased.created());
            Booking erasedCancelled = store.find(overCancelled.code()).orElseThrow();
            assertEquals("", erasedCancelled.idNumber());
            assertEquals(BookingState.CANCELLED, erasedCancelled.state());
            assertEquals(recent, store.find(recent.code()).orElseThrow());
            assertEquals(upcoming, store.find(upcoming.code()).orElseThrow());
        }
    }

    @Test
    void aSecondRunErasesNothingMoreAndChangesNothing() {
        try (BookingStore store = open()) {
            Schedules.put(store, LONG_AGO, TEN_DAYS_AGO);
            Booking over = store.book("s9", "王一", ID_NUMBER, PHONE, "欠薪", "");
            Booking recent = store.book("r9", "王三", ID_NUMBER, "13900003333", "婚姻", "");
            markAllSent(store);
            PersonalDataPurge purge = purge(store, 30);
            assertEquals(1, purge.run());
            Booking erased = store.find(over.code()).orElseThrow();

            assertEquals(0, purge.run());
            assertEquals(erased, store.find(over.code()).orElseThrow());
            assertEquals(recent, store.find(recent.code()).orElseThrow());
        }
    }

    @Test
    void anUnsyncedBookingIsKeptHoweverOldUntilItsEventsAreDelivered() {
        try (BookingStore store = open()) {
            Schedules.put(store, LONG_AGO);
            Booking booking = store.book("s9", "王一", ID_NUMBER, PHONE, "欠薪", "");
            markAllSent(store);
            // The cancellation has not reached the county yet.
            store.cancel(booking.code());
            PersonalDataPurge purge = purge(store, 0);

            assertEquals(0, purge.run());
            assertEquals(ID_NUMBER, store.find(booking.code()).orElseThrow().idNumber());

            markAllSent(store);
            assertEquals(1, purge.run());
            assertEquals("", store.find(booking.code()).orElseThrow().idNumber());
        }
    }

    @Test
    void aBookingWhoseSlotLeftTheScheduleIsMeasuredFromWhenItWasMade() {
        Booking old;
        Booking fresh;
        try (BookingStore store = open()) {
            Schedules.put(store, LONG_AGO);
            old = store.book("s9", "王一", ID_NUMBER, PHONE, "欠薪", "");
        }
        // A month later a new schedule arrives without the past slot; another booking is made.
        try (BookingStore store = BookingStore.open(dataDir, new Random(2), at(Schedules.NINE.plusDays(20)))) {
            Schedules.put(store, TEN_DAYS_AGO);
            fresh = store.book("r9", "王三", ID_NUMBER, "13900003333", "婚姻", "");
            markAllSent(store);
            assertEquals(1, purge(store, 30).run());
            assertEquals("", store.find(old.code()).orElseThrow().idNumber());
            assertEquals(fresh, store.find(fresh.code()).orElseThrow());
        }
    }

    @Test
    void theOldCiphertextAndNameAreGoneFromTheFileBytes() throws Exception {
        try (BookingStore store = open()) {
            Schedules.put(store, LONG_AGO, TEN_DAYS_AGO);
            Booking over = store.book("s9", "欧阳娜娜", ID_NUMBER, PHONE, "欠薪", "包工头拖欠工资");
            Booking kept = store.book("r9", "王三", ID_NUMBER, "13900003333", "婚姻", "");
            markAllSent(store);
            List<byte[]> erasedBytes = new ArrayList<>(rawPersonalColumns(store, over.code()));
            // The name and the note are encrypted too (issue 13): they are never in the files in clear.
            assertFalse(inAnyFile("欧阳娜娜".getBytes(StandardCharsets.UTF_8)), "the name is not stored in clear");
            assertFalse(inAnyFile("包工头拖欠工资".getBytes(StandardCharsets.UTF_8)), "the note is not stored in clear");
            List<byte[]> keptBytes = rawPersonalColumns(store, kept.code());
            // The search finds what is there: before the purge, the bytes to erase are in the files.
            assertTrue(erasedBytes.stream().allMatch(this::inAnyFile), "the bytes are in the files before");

            assertEquals(1, purge(store, 30).run());

            for (byte[] gone : erasedBytes) {
                assertFalse(inAnyFile(gone), "erased bytes still in the files");
            }
            for (byte[] stays : keptBytes) {
                assertTrue(inAnyFile(stays), "a kept booking's ciphertext is still readable");
            }
            assertEquals(kept, store.find(kept.code()).orElseThrow());
        }
    }

    @Test
    void aNegativeRetentionIsRefusedWithTheSettingNamed() {
        try (BookingStore store = open()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> purge(store, -1));
            assertTrue(e.getMessage().contains("retention-days"), e.getMessage());
        }
    }

    private BookingStore open() {
        return BookingStore.open(dataDir, new Random(1), BOOKING_TIME);
    }

    private PersonalDataPurge purge(BookingStore store, int days) {
        return PersonalDataPurge.of(store, dataDir, days, PURGE_TIME);
    }

    private static void markAllSent(BookingStore store) {
        Outbox outbox = new Outbox(store);
        for (OutboxEvent event : store.outboxPending()) {
            outbox.markSent(event.id(), PURGE_TIME.instant());
        }
    }

    private static List<byte[]> rawPersonalColumns(BookingStore store, String code) throws Exception {
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id_number, phone, name, note FROM bookings WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next());
                return List.of(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4));
            }
        }
    }

    /** True when the bytes occur in the database file, its WAL or its shared-memory index. */
    private boolean inAnyFile(byte[] needle) {
        try (var files = Files.list(dataDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(BookingStore.DATABASE_FILE))
                    .toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Slot slotOn(String id, LocalDateTime start) {
        return new Slot(id, Schedules.OFFICE.id(), Schedules.LEGAL_AID.id(), start, start.plusMinutes(30), 10);
    }

    private static Clock at(LocalDateTime officeTime) {
        Instant instant = officeTime.atZone(OFFICE_TIME).toInstant();
        return Clock.fixed(instant, OFFICE_TIME);
    }
}
