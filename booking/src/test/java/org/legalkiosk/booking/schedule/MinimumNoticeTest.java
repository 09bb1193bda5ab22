package org.legalkiosk.booking.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.SlotExpander;
import org.legalkiosk.booking.domain.WorkingPlan;

/** The minimum notice (decision 0061): in a plan, expanded into each slot's bookBy, and read from a document. */
class MinimumNoticeTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private static WorkingPlan plan(Duration notice) {
        return new WorkingPlan(
                "chengguan",
                "aid",
                Duration.ofMinutes(60),
                2,
                Map.of(
                        DayOfWeek.WEDNESDAY, DayHours.of(LocalTime.of(9, 0), LocalTime.of(11, 0)),
                        DayOfWeek.MONDAY, DayHours.of(LocalTime.of(9, 0), LocalTime.of(10, 0))),
                List.of(PlanException.closed(LocalDate.of(2026, 12, 9))),
                notice);
    }

    @Test
    void eachSlotIsOfferedUntilTheNoticeBeforeItStartsAcrossMidnightAndTheWeekend() {
        List<Slot> slots = SlotExpander.expand(plan(Duration.ofHours(20)), TUESDAY, TUESDAY.plusDays(6));
        Slot wednesday = slots.get(0);
        assertEquals(LocalDateTime.of(2026, 12, 2, 9, 0), wednesday.start());
        assertEquals(LocalDateTime.of(2026, 12, 1, 13, 0), wednesday.bookBy(), "the day before, 20 hours earlier");
        assertTrue(wednesday.bookableAt(LocalDateTime.of(2026, 12, 1, 13, 0)), "up to that minute");
        assertFalse(wednesday.bookableAt(LocalDateTime.of(2026, 12, 1, 13, 0, 1)), "not a second later");
        Slot monday = slots.get(slots.size() - 1);
        assertEquals(LocalDateTime.of(2026, 12, 7, 9, 0), monday.start());
        assertEquals(LocalDateTime.of(2026, 12, 6, 13, 0), monday.bookBy(), "closes on the Sunday before");

        Slot plain = SlotExpander.expand(plan(Duration.ZERO), TUESDAY, TUESDAY.plusDays(1))
                .get(0);
        assertEquals(plain.start(), plain.bookBy(), "no notice: offered until it starts, as before");
        assertEquals(wednesday.id(), plain.id(), "the notice does not change slot ids (bookings stay attached)");
    }

    @Test
    void aNoticeBelowZeroOrOverAWeekIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> plan(Duration.ofMinutes(-1)));
        assertThrows(
                IllegalArgumentException.class, () -> plan(Duration.ofDays(7).plusMinutes(1)));
        assertEquals(Duration.ofDays(7), plan(Duration.ofDays(7)).minimumNotice());
    }

    @Test
    void theReaderTakesANoticeInPlansAndABookByInSlotsAndChecksThem() throws Exception {
        Schedule schedule = ScheduleReader.parse(ScheduleReaderTest.document("""
                "plans": [{"office": "chengguan", "service": "aid", "slotMinutes": 60, "seats": 2, "minNoticeMinutes": 90,
                           "weekly": {"wednesday": {"open": "09:00", "close": "10:00"}}}], "horizonDays": 2,
                "slots": [{"id": "visit", "office": "chengguan", "service": "mediation", "seats": 1,
                           "start": "2026-12-03T09:00", "end": "2026-12-03T10:00", "bookBy": "2026-12-02T17:00"}]"""), TUESDAY);
        assertEquals(
                List.of(LocalDateTime.of(2026, 12, 2, 7, 30), LocalDateTime.of(2026, 12, 2, 17, 0)),
                schedule.slots().stream().map(Slot::bookBy).toList());

        InvalidScheduleException late = ScheduleReaderTest.invalid(ScheduleReaderTest.document("""
                "slots": [{"id": "visit", "office": "chengguan", "service": "mediation", "seats": 1,
                           "start": "2026-12-03T09:00", "end": "2026-12-03T10:00", "bookBy": "2026-12-03T09:30"}]"""));
        assertTrue(late.getMessage().contains("slots[0].bookBy"), late.getMessage());
        InvalidScheduleException tooLong = ScheduleReaderTest.invalid(ScheduleReaderTest.document("""
                "plans": [{"office": "chengguan", "service": "aid", "slotMinutes": 60, "seats": 2,
                           "minNoticeMinutes": 20000, "weekly": {"wednesday": {"open": "09:00", "close": "10:00"}}}],
                "horizonDays": 2"""));
        assertTrue(tooLong.getMessage().contains("plans[0].minNoticeMinutes"), tooLong.getMessage());
    }
}
