package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingState;

/** Office decisions coming back through the agent, and the export of changed bookings. */
class DecisionAndExportTest {

    @TempDir
    Path dataDir;

    @Test
    void anOfficeDecisionChangesTheStateAndQueuesOneEventAndRepeatingItChangesNothing() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 1));
            Booking booking = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            assertEquals(
                    BookingState.ATTENDED,
                    store.recordOfficeDecision(booking.code(), BookingState.ATTENDED)
                            .state());
            assertEquals(
                    BookingState.ATTENDED,
                    store.recordOfficeDecision(booking.code(), BookingState.ATTENDED)
                            .state());
            assertEquals(
                    BookingState.ATTENDED,
                    store.find(booking.code()).orElseThrow().state());
            List<OutboxEvent> events = store.outboxPending();
            assertEquals(
                    List.of("booking.created", "booking.state_changed"),
                    events.stream().map(OutboxEvent::type).toList());
            assertEquals(
                    "ATTENDED",
                    new ObjectMapper()
                            .readTree(events.get(1).payload())
                            .get("state")
                            .asText());
            assertFalse(events.get(1).payload().contains(PHONE));
            // The seat is no longer held.
            assertEquals(
                    1,
                    store.slots("o1", "aid", Schedules.NINE.toLocalDate())
                            .get(0)
                            .remaining());
        }
    }

    @Test
    void forbiddenDecisionsAndUnknownCodesAreRefusedWithoutWritingAnything() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            Booking cancelled = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.cancel(cancelled.code());
            Booking noShow = store.book("s9", "李四", ID_NUMBER, PHONE, "欠薪", "");
            store.recordOfficeDecision(noShow.code(), BookingState.NO_SHOW);
            int events = store.outboxPending().size();
            assertThrows(
                    IllegalStateException.class,
                    () -> store.recordOfficeDecision(cancelled.code(), BookingState.ATTENDED));
            assertThrows(
                    IllegalStateException.class,
                    () -> store.recordOfficeDecision(noShow.code(), BookingState.REJECTED));
            assertThrows(
                    NoSuchElementException.class, () -> store.recordOfficeDecision("AAAAAA", BookingState.REJECTED));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> store.recordOfficeDecision(noShow.code(), BookingState.CANCELLED));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> store.recordOfficeDecision(noShow.code(), BookingState.CONFIRMED));
            assertEquals(events, store.outboxPending().size());
            assertEquals(
                    BookingState.CANCELLED,
                    store.find(cancelled.code()).orElseThrow().state());
        }
    }

    @Test
    void theExportPagesThroughChangesOldestFirstAndAChangedBookingComesBack() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 10));
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                codes.add(store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code());
            }
            ExportPage first = store.export(null, 2);
            ExportPage second = store.export(first.next(), 2);
            ExportPage third = store.export(second.next(), 2);
            assertEquals(codes.subList(0, 2), codes(first));
            assertEquals(codes.subList(2, 4), codes(second));
            assertEquals(codes.subList(4, 5), codes(third));
            assertTrue(first.more());
            assertTrue(second.more());
            assertFalse(third.more());
            assertEquals(ID_NUMBER, first.bookings().get(0).booking().idNumber(), "the store exports in clear");
            assertEquals("s9", first.bookings().get(0).slot().orElseThrow().id());

            ExportPage nothing = store.export(third.next(), 2);
            assertEquals(List.of(), nothing.bookings());
            assertEquals(third.next(), nothing.next(), "nothing new: the same cursor");

            store.cancel(codes.get(1));
            ExportPage changed = store.export(third.next(), 100);
            assertEquals(List.of(codes.get(1)), codes(changed));
            assertEquals(
                    BookingState.CANCELLED, changed.bookings().get(0).booking().state());
            assertEquals(5, store.export("", 100).bookings().size(), "each booking once, at its latest change");
        }
    }

    @Test
    void aBookingWhoseSlotLeftTheScheduleIsExportedWithoutASlot() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 10));
            String code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
            store.cancel(code);
            Schedules.put(store, Schedules.slot("s10", 10, 10));
            ExportPage page = store.export(ExportCursor.START, 10);
            assertEquals(List.of(code), codes(page));
            assertTrue(page.bookings().get(0).slot().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "AAAAAAAAAAAAAAAA", "!!!!", "_____________"})
    void aCursorThatWasNotHandedOutIsRefused(String cursor) {
        try (BookingStore store = BookingStore.open(dataDir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.export(cursor, 10));
            assertTrue(e.getMessage().contains("not a cursor"), e.getMessage());
        }
    }

    @Test
    void theLimitMustBeSensible() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            assertThrows(IllegalArgumentException.class, () -> store.export(null, 0));
            assertThrows(IllegalArgumentException.class, () -> store.export(null, ExportPage.MAX_LIMIT + 1));
            assertEquals(0, store.export(null, ExportPage.MAX_LIMIT).bookings().size());
        }
    }

    @Test
    void cursorsRoundTripAndAreUrlSafe() {
        for (long n : new long[] {0, 1, 255, 1L << 40, Long.MAX_VALUE}) {
            String cursor = ExportCursor.encode(n);
            assertTrue(cursor.matches("[A-Za-z0-9_-]{11}"), cursor);
            assertEquals(n, ExportCursor.decode(cursor));
        }
        assertThrows(IllegalArgumentException.class, () -> ExportCursor.decode(ExportCursor.encode(-1)));
    }

    private static List<String> codes(ExportPage page) {
        return page.bookings().stream().map(e -> e.booking().code()).toList();
    }
}
