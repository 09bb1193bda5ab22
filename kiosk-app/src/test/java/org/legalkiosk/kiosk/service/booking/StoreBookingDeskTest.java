package org.legalkiosk.kiosk.service.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.SlotFullException;
import org.legalkiosk.personal.IdNumbers;

/** The booking desk over a real SQLite store in a temporary folder. */
class StoreBookingDeskTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);
    private static final Service AID = new Service("aid", "法律援助", "Legal aid");
    private static final Service MEDIATION = new Service("mediation", "人民调解", "Mediation");
    private static final Office TOWN = new Office("town", "城关镇司法所", "人民路 1 号", "0931-1", "9-17");
    private static final Office VILLAGE = new Office("village", "村工作室", "村委会", "0931-2", "周三");
    /** The desk's clock stands at {@link #NOW}. */
    private static final Clock AT_NOW = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static final String ID = IdNumbers.withCheckCharacter("62010219900101123");

    @TempDir
    Path dir;

    private BookingStore store;
    private StoreBookingDesk desk;

    @BeforeEach
    void setUp() {
        store = BookingStore.open(
                dir, new Random(1), Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC));
        store.putSchedule(
                List.of(TOWN, VILLAGE),
                List.of(AID, MEDIATION),
                List.of(
                        slot("past-today", TOWN, AID, NOW.minusHours(3), 5),
                        slot("later-today", TOWN, AID, NOW.plusHours(3), 1),
                        slot("tomorrow-full", TOWN, AID, NOW.plusDays(1), 0),
                        slot("in-3-days", TOWN, AID, NOW.plusDays(3), 2),
                        slot("in-20-days", TOWN, AID, NOW.plusDays(20), 2),
                        slot("mediation", VILLAGE, MEDIATION, NOW.plusDays(2), 2)));
        desk = new StoreBookingDesk(store, AT_NOW);
    }

    private static Slot slot(String id, Office office, Service service, LocalDateTime start, int capacity) {
        return new Slot(id, office.id(), service.id(), start, start.plusMinutes(30), capacity);
    }

    @Test
    void listsServicesAndOnlyTheOfficesOfferingOne() {
        assertEquals(List.of(AID, MEDIATION), desk.services());
        assertEquals(List.of(TOWN), desk.offices("aid"));
        assertEquals(List.of(VILLAGE), desk.offices("mediation"));
        assertEquals(List.of(), desk.offices("no-such-service"));
        assertEquals(TOWN, desk.office("town").orElseThrow());
        assertTrue(desk.service("none").isEmpty());
    }

    @Test
    void aServiceAndAnOfficeTheCountyDroppedAreNoLongerOfferedButTheirBookingsStillShow() {
        BookingDetails held = desk.book(new BookingRequest("mediation", "王小明", ID, "13812345678", "dispute", ""));
        // The county's next schedule drops the village office and mediation; the booked slot stays for its booking.
        store.putSchedule(List.of(TOWN), List.of(AID), List.of(slot("in-3-days", TOWN, AID, NOW.plusDays(3), 2)));

        assertEquals(List.of(AID), desk.services());
        assertTrue(desk.service("mediation").isEmpty(), "a self-check cannot start a booking for it either");
        assertEquals(List.of(), desk.offices("mediation"));
        assertEquals(List.of(TOWN), desk.offices("aid"));

        BookingDetails found = desk.find(held.booking().code()).orElseThrow();
        assertEquals(VILLAGE, found.office(), "the slip's office is still named");
        assertEquals(MEDIATION, found.service());
    }

    @Test
    void offersOnlyDaysWithAFreeSeatInASlotStillToCome() {
        assertEquals(List.of(NOW.toLocalDate(), NOW.toLocalDate().plusDays(3)), desk.days("town", "aid", NOW, 14));
        store.book("later-today", "王小明", ID, "13812345678", "land", "");
        assertEquals(
                List.of(NOW.toLocalDate().plusDays(3)),
                desk.days("town", "aid", NOW, 14),
                "today's only later slot is now full");
        assertEquals(List.of(NOW.toLocalDate().plusDays(3)), desk.days("town", "aid", NOW, 4));
        assertEquals(List.of(), desk.days("town", "aid", NOW, 3), "the window ends before the third day");
    }

    @Test
    void booksFindsAndCancelsWithWhereAndWhen() {
        BookingDetails made = desk.book(new BookingRequest("in-3-days", "王小明", ID, "13812345678", "land", null));
        assertEquals(TOWN, made.office());
        assertEquals(AID, made.service());
        assertEquals(NOW.plusDays(3), made.slot().start());
        assertEquals(made, desk.find(made.booking().code()).orElseThrow());
        assertEquals(
                BookingState.CANCELLED,
                desk.cancel(made.booking().code()).booking().state());
        assertThrows(
                IllegalStateException.class, () -> desk.cancel(made.booking().code()));
        assertThrows(NoSuchElementException.class, () -> desk.cancel("23456X"));
        assertTrue(desk.find("nothing").isEmpty());
    }

    @Test
    void aFullSlotIsRefusedAndTheTimesSaySo() {
        assertThrows(
                SlotFullException.class,
                () -> desk.book(new BookingRequest("tomorrow-full", "王小明", ID, "13812345678", "land", "")));
        assertTrue(
                desk.times("town", "aid", NOW.toLocalDate().plusDays(1)).get(0).full());
        assertEquals(
                LocalDate.of(2026, 12, 1),
                desk.times("town", "aid", NOW.toLocalDate())
                        .get(0)
                        .slot()
                        .start()
                        .toLocalDate());
    }

    @Test
    void tellsOfEachStoredBookingAndCancellationOnceAndOfNoFailure() {
        AtomicInteger changes = new AtomicInteger();
        StoreBookingDesk told = new StoreBookingDesk(store, AT_NOW, changes::incrementAndGet);

        BookingDetails made = told.book(new BookingRequest("in-3-days", "王小明", ID, "13812345678", "land", ""));
        assertEquals(1, changes.get(), "one booking, one call");
        assertThrows(
                SlotFullException.class,
                () -> told.book(new BookingRequest("tomorrow-full", "王小明", ID, "13812345678", "land", "")));
        assertThrows(
                NoSuchElementException.class,
                () -> told.book(new BookingRequest("no-such-slot", "王小明", ID, "13812345678", "land", "")));
        assertThrows(
                IllegalArgumentException.class,
                () -> told.book(new BookingRequest("in-3-days", "王小明", "123", "13812345678", "land", "")));
        assertEquals(1, changes.get(), "nothing stored, nothing to deliver");

        told.find(made.booking().code());
        told.services();
        assertEquals(1, changes.get(), "reading changes nothing");

        told.cancel(made.booking().code());
        assertEquals(2, changes.get());
        assertThrows(
                IllegalStateException.class, () -> told.cancel(made.booking().code()));
        assertThrows(NoSuchElementException.class, () -> told.cancel("23456X"));
        assertEquals(2, changes.get(), "a refused cancellation is no change");
    }

    @Test
    void aFailingListenerDoesNotUndoOrFailTheBooking() {
        StoreBookingDesk told = new StoreBookingDesk(store, AT_NOW, () -> {
            throw new IllegalStateException("worker gone");
        });
        BookingDetails made = told.book(new BookingRequest("in-3-days", "王小明", ID, "13812345678", "land", ""));
        assertEquals(
                BookingState.CONFIRMED,
                store.find(made.booking().code()).orElseThrow().state());
        assertEquals(
                BookingState.CANCELLED,
                told.cancel(made.booking().code()).booking().state());
        assertThrows(NullPointerException.class, () -> new StoreBookingDesk(store, AT_NOW, null));
    }

    @Test
    void onlyTheNoneDeskTakesNoBookings() {
        assertTrue(desk.takesBookings());
        assertFalse(BookingDesk.NONE.takesBookings());
    }

    @Test
    void aRequestMasksItsPersonalDataInLogs() {
        String shown = new BookingRequest("s", "王小明", ID, "13812345678", "land", "").toString();
        assertFalse(shown.contains(ID) || shown.contains("13812345678"), shown);
    }
}
