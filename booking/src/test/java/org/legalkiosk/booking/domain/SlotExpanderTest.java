package org.legalkiosk.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

class SlotExpanderTest {

    /** Tuesday. */
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    private static LocalTime t(String text) {
        return LocalTime.parse(text);
    }

    private static DayHours officeDay() {
        return DayHours.of(t("09:00"), t("17:30"), new TimeRange(t("12:00"), t("14:00")));
    }

    private static WorkingPlan plan(int minutes, List<PlanException> exceptions) {
        return new WorkingPlan(
                "o1",
                "aid",
                Duration.ofMinutes(minutes),
                2,
                Map.of(DayOfWeek.TUESDAY, officeDay(), DayOfWeek.THURSDAY, officeDay()),
                exceptions);
    }

    private static List<LocalTime> startTimes(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime()).toList();
    }

    @Test
    void aDayIsFilledAroundItsBreakAndNoSlotRunsIntoIt() {
        List<Slot> slots = SlotExpander.expand(plan(90, List.of()), DEC_1, DEC_1);
        // 09:00-12:00 holds two 90-minute slots; 14:00-17:30 holds two, leaving 17:00-17:30 unused.
        assertEquals(List.of(t("09:00"), t("10:30"), t("14:00"), t("15:30")), startTimes(slots));
        for (Slot slot : slots) {
            assertEquals(Duration.ofMinutes(90), Duration.between(slot.start(), slot.end()));
            assertEquals(2, slot.capacity());
            assertTrue(slot.end().toLocalTime().compareTo(t("12:00")) <= 0
                    || slot.start().toLocalTime().compareTo(t("14:00")) >= 0);
        }
    }

    @Test
    void onlyTheWeekdaysOfThePlanHaveSlotsInTimeOrder() {
        List<Slot> week = SlotExpander.expand(plan(30, List.of()), DEC_1, DEC_1.plusDays(6));
        assertEquals(
                List.of(DEC_1, DEC_1.plusDays(2)),
                week.stream().map(s -> s.start().toLocalDate()).distinct().toList());
        assertEquals(2 * 13, week.size());
        for (int i = 1; i < week.size(); i++) {
            assertTrue(week.get(i - 1).start().isBefore(week.get(i).start()));
        }
    }

    @Test
    void aHolidayClosesTheDayAndAnExtraDayBringsItsOwnHours() {
        LocalDate saturday = DEC_1.plusDays(4);
        WorkingPlan plan = plan(
                60,
                List.of(
                        PlanException.closed(DEC_1),
                        PlanException.open(saturday, DayHours.of(t("10:00"), t("12:00")))));
        List<Slot> slots = SlotExpander.expand(plan, DEC_1, DEC_1.plusDays(6));
        assertEquals(
                List.of(DEC_1.plusDays(2), saturday),
                slots.stream().map(s -> s.start().toLocalDate()).distinct().toList());
        assertEquals(
                List.of(t("10:00"), t("11:00")),
                startTimes(slots.stream()
                        .filter(s -> s.start().toLocalDate().equals(saturday))
                        .toList()));
    }

    @Test
    void anExtraDayOnAnOpenWeekdayReplacesTheUsualHours() {
        WorkingPlan plan = plan(60, List.of(PlanException.open(DEC_1, DayHours.of(t("08:00"), t("10:00")))));
        assertEquals(List.of(t("08:00"), t("09:00")), startTimes(SlotExpander.expand(plan, DEC_1, DEC_1)));
    }

    @Test
    void idsAreStableAcrossRepeatedExpansionsAndOtherSeatCounts() {
        List<Slot> first = SlotExpander.expand(plan(30, List.of()), DEC_1, DEC_1.plusDays(13));
        List<Slot> again = SlotExpander.expand(plan(30, List.of()), DEC_1, DEC_1.plusDays(13));
        assertEquals(first, again);
        WorkingPlan moreSeats = new WorkingPlan(
                "o1", "aid", Duration.ofMinutes(30), 5, plan(30, List.of()).weekly(), List.of());
        assertEquals(
                first.stream().map(Slot::id).toList(),
                SlotExpander.expand(moreSeats, DEC_1, DEC_1.plusDays(13)).stream()
                        .map(Slot::id)
                        .toList());
        assertEquals("o1.aid.20261201.0900", first.get(0).id());
        assertEquals(first.size(), first.stream().map(Slot::id).distinct().count());
    }

    @Test
    void localTimesDoNotDependOnTheKiosksTimeZoneOrItsDaylightSaving() {
        // 29 March 2026: clocks in Berlin jump from 02:00 to 03:00; an office in China keeps every wall-clock hour.
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        WorkingPlan night = new WorkingPlan(
                "o1",
                "aid",
                Duration.ofMinutes(30),
                1,
                Map.of(),
                List.of(PlanException.open(springForward, DayHours.of(t("01:00"), t("04:00")))));
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            List<Slot> slots = SlotExpander.expand(night, springForward, springForward);
            assertEquals(6, slots.size());
            assertEquals(LocalDateTime.of(2026, 3, 29, 2, 0), slots.get(2).start());
            assertEquals(LocalDateTime.of(2026, 3, 29, 2, 30), slots.get(2).end());
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void badPlansAreRefusedWithMessagesThatSayWhatIsWrong() {
        IllegalArgumentException outside = assertThrows(
                IllegalArgumentException.class,
                () -> DayHours.of(t("09:00"), t("12:00"), new TimeRange(t("11:30"), t("13:00"))));
        assertEquals("break 11:30-13:00 lies outside the hours 09:00-12:00", outside.getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> DayHours.of(
                                t("09:00"),
                                t("17:00"),
                                new TimeRange(t("12:00"), t("13:00")),
                                new TimeRange(t("12:30"), t("14:00"))))
                .getMessage()
                .contains("overlap"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DayHours.of(t("17:00"), t("09:00")))
                .getMessage()
                .contains("not after it opens"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TimeRange(t("13:00"), t("12:00")))
                .getMessage()
                .contains("ends before it starts"));

        assertEquals(
                "the slot length must be positive, not 0 minutes",
                assertThrows(IllegalArgumentException.class, () -> plan(0, List.of()))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan(-30, List.of()))
                .getMessage()
                .contains("positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan(600, List.of()))
                .getMessage()
                .contains("at most 8 hours"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new WorkingPlan("o1", "aid", Duration.ofMinutes(30), 0, Map.of(), List.of()))
                .getMessage()
                .contains("seats per slot"));
        assertEquals(
                "TUESDAY: the hours 09:00-17:30 with breaks [12:00-14:00] hold no 240-minute slot",
                assertThrows(IllegalArgumentException.class, () -> plan(240, List.of()))
                        .getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> plan(30, List.of(PlanException.closed(DEC_1), PlanException.closed(DEC_1))))
                .getMessage()
                .contains("two exceptions for 2026-12-01"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SlotExpander.expand(plan(30, List.of()), DEC_1, DEC_1.minusDays(1)));
    }
}
