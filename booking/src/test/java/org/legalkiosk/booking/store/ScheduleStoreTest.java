package org.legalkiosk.booking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.booking.store.Schedules.LEGAL_AID;
import static org.legalkiosk.booking.store.Schedules.NINE;
import static org.legalkiosk.booking.store.Schedules.OFFICE;
import static org.legalkiosk.booking.store.Schedules.PHONE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;

/** Loading schedules over bookings, and the reads the booking screens make. */
class ScheduleStoreTest {

    static final Office TOWNSHIP = new Office("o2", "青山乡公共法律服务工作站", "青山乡政府院内", "0931-7654321", "周二、周四");
    static final Service MEDIATION = new Service("mediation", "人民调解", "People's mediation");

    @TempDir
    Path dataDir;

    private static ScheduleResult put(BookingStore store, Slot... slots) {
        return store.putSchedule(List.of(OFFICE), List.of(LEGAL_AID), List.of(slots));
    }

    private static int capacity(BookingStore store, String slotId) {
        return store.slots("o1", "aid", NINE.toLocalDate()).stream()
                .filter(a -> a.slot().id().equals(slotId))
                .findFirst()
                .orElseThrow()
                .slot()
                .capacity();
    }

    @Test
    void rePushingTheSameScheduleChangesNothingAndReportsNothingKept() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            put(store, Schedules.slot("s9", 9, 2), Schedules.slot("s10", 10, 2));
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            ScheduleResult again = put(store, Schedules.slot("s9", 9, 2), Schedules.slot("s10", 10, 2));
            assertEquals(new ScheduleResult(1, 1, 2, List.of(), List.of(), List.of()), again);
            assertEquals(1, store.slots("o1", "aid", NINE.toLocalDate()).get(0).remaining());
        }
    }

    @Test
    void aDroppedSlotWithConfirmedBookingsStaysClosedToNewBookingsAndIsReported() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            put(store, Schedules.slot("s9", 9, 3), Schedules.slot("s10", 10, 3), Schedules.slot("s11", 11, 3));
            String code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
            String cancelled =
                    store.book("s10", "李四", ID_NUMBER, PHONE, "土地", "").code();
            store.cancel(cancelled);
            ScheduleResult result = put(store, Schedules.slot("s11", 11, 3));
            assertEquals(
                    List.of(new ScheduleResult.KeptSlot("s9", 1, 1, ScheduleResult.Reason.DROPPED)),
                    result.keptSlots());
            assertEquals(1, result.slots());
            // s10 held only a cancelled booking: it goes. s9 stays, full.
            List<SlotAvailability> day = store.slots("o1", "aid", NINE.toLocalDate());
            assertEquals(
                    List.of("s9", "s11"), day.stream().map(a -> a.slot().id()).toList());
            assertTrue(day.get(0).full());
            assertThrows(SlotFullException.class, () -> store.book("s9", "王五", ID_NUMBER, PHONE, "欠薪", ""));
            assertTrue(store.find(code).isPresent());
        }
    }

    @Test
    void capacityIsReducedOnlyDownToTheSeatsAlreadyBooked() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            put(store, Schedules.slot("s9", 9, 5));
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.book("s9", "李四", ID_NUMBER, PHONE, "欠薪", "");
            ScheduleResult shrunk = put(store, Schedules.slot("s9", 9, 1));
            assertEquals(
                    List.of(new ScheduleResult.KeptSlot("s9", 2, 2, ScheduleResult.Reason.SHRUNK)), shrunk.keptSlots());
            assertEquals(2, capacity(store, "s9"));
            assertEquals(List.of(), put(store, Schedules.slot("s9", 9, 4)).keptSlots());
            assertEquals(4, capacity(store, "s9"));
            assertEquals(2, store.slots("o1", "aid", NINE.toLocalDate()).get(0).remaining());
        }
    }

    @Test
    void aBookedSlotIsNotMovedToAnotherTime() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            put(store, Schedules.slot("s9", 9, 2));
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            Slot moved = new Slot("s9", "o1", "aid", NINE.withHour(15), NINE.withHour(16), 2);
            ScheduleResult result = put(store, moved);
            assertEquals(
                    List.of(new ScheduleResult.KeptSlot("s9", 1, 1, ScheduleResult.Reason.MOVED)), result.keptSlots());
            Slot kept = store.slots("o1", "aid", NINE.toLocalDate()).get(0).slot();
            assertEquals(NINE, kept.start());
            assertEquals(1, kept.capacity());
        }
    }

    @Test
    void officesAndServicesFollowTheDocumentButOnesBookedSlotsNeedStayFindable() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            store.putSchedule(
                    List.of(TOWNSHIP, OFFICE), List.of(MEDIATION, LEGAL_AID), List.of(Schedules.slot("s9", 9, 2)));
            assertEquals(List.of(TOWNSHIP, OFFICE), store.offices());
            assertEquals(List.of(MEDIATION, LEGAL_AID), store.services());
            store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "");

            Slot other = new Slot("m9", "o2", "mediation", NINE, NINE.plusHours(1), 3);
            ScheduleResult result = store.putSchedule(List.of(TOWNSHIP), List.of(MEDIATION), List.of(other));
            assertEquals(List.of("o1"), result.keptOffices());
            assertEquals(List.of("aid"), result.keptServices());
            assertEquals(List.of(TOWNSHIP), store.offices());
            assertEquals(List.of(MEDIATION), store.services());
            assertEquals(OFFICE, store.office("o1").orElseThrow());
            assertEquals(LEGAL_AID, store.schedule().service("aid").orElseThrow(), "findable by id for its booking");
            assertEquals(List.of(), store.officesOffering("aid", NINE.minusDays(1)), "but never offered");
            assertEquals(
                    store.slots("o1", "aid", NINE.toLocalDate()).get(0).slot(),
                    store.schedule().slot("s9").orElseThrow());

            store.putSchedule(List.of(TOWNSHIP), List.of(MEDIATION), List.of());
            assertTrue(store.office("o2").isPresent());
            Office renamed = new Office("o2", "青山乡工作站", "新址", "", "");
            store.putSchedule(List.of(renamed), List.of(MEDIATION), List.of());
            assertEquals(List.of(renamed), store.offices());
        }
    }

    @Test
    void officesOfferingAServiceAreThoseWithAFreeSeatFromTheGivenTime() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            Slot aidAtTownship = new Slot("t9", "o2", "aid", NINE, NINE.plusHours(1), 1);
            Slot mediationInTown = new Slot("m9", "o1", "mediation", NINE, NINE.plusHours(1), 1);
            store.putSchedule(
                    List.of(OFFICE, TOWNSHIP),
                    List.of(LEGAL_AID, MEDIATION),
                    List.of(Schedules.slot("s9", 9, 1), aidAtTownship, mediationInTown));
            assertEquals(List.of(OFFICE, TOWNSHIP), store.officesOffering("aid", NINE.minusDays(1)));
            assertEquals(List.of(OFFICE), store.officesOffering("mediation", NINE));
            assertEquals(List.of(), store.officesOffering("aid", NINE.plusMinutes(1)), "only past slots left");
            store.book("t9", "张三", ID_NUMBER, PHONE, "欠薪", "");
            assertEquals(List.of(OFFICE), store.officesOffering("aid", NINE));
            assertEquals(List.of(), store.officesOffering("nothing", NINE));
        }
    }

    @Test
    void daysWithFreeSeatsComeWithTheirCountsAndSkipFullAndPastSlots() {
        try (BookingStore store = BookingStore.open(dataDir)) {
            LocalDate first = NINE.toLocalDate();
            put(
                    store,
                    Schedules.slot("s9", 9, 2),
                    Schedules.slot("s10", 10, 1),
                    Schedules.slot("s14", 14, 3),
                    new Slot(
                            "d2",
                            "o1",
                            "aid",
                            NINE.plusDays(1),
                            NINE.plusDays(1).plusHours(1),
                            1),
                    new Slot(
                            "d3",
                            "o1",
                            "aid",
                            NINE.plusDays(2),
                            NINE.plusDays(2).plusHours(1),
                            4),
                    new Slot(
                            "d9",
                            "o1",
                            "aid",
                            NINE.plusDays(9),
                            NINE.plusDays(9).plusHours(1),
                            4));
            store.book("s10", "张三", ID_NUMBER, PHONE, "欠薪", "");
            store.book("d2", "李四", ID_NUMBER, PHONE, "欠薪", "");
            assertEquals(
                    List.of(new DayAvailability(first, 2, 5), new DayAvailability(first.plusDays(2), 1, 4)),
                    store.days("o1", "aid", first.atStartOfDay(), 7));
            assertEquals(
                    List.of(new DayAvailability(first, 1, 3), new DayAvailability(first.plusDays(2), 1, 4)),
                    store.days("o1", "aid", NINE.withHour(12), 3),
                    "09:00 has passed at noon");
            assertEquals(List.of(new DayAvailability(first, 2, 5)), store.days("o1", "aid", first.atStartOfDay(), 1));
            assertEquals(List.of(), store.days("o1", "mediation", first.atStartOfDay(), 30));
            assertThrows(IllegalArgumentException.class, () -> store.days("o1", "aid", NINE, 0));
        }
    }
}
