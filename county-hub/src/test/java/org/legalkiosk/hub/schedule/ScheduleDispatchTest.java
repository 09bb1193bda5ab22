package org.legalkiosk.hub.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.booking.schedule.Schedule;
import org.legalkiosk.booking.schedule.ScheduleReader;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.audit.AuditEntry;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.ScheduleReport;
import org.legalkiosk.hub.protocol.TerminalSchedule;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.terminals.TerminalIdentity;

/** The schedule in the heartbeat reply: when it is sent, what it holds, and how the county's edits are audited. */
class ScheduleDispatchTest {

    static HubFixture hub;
    static Schedules schedules;

    @BeforeAll
    static void county() throws Exception {
        hub = new HubFixture();
        schedules = hub.hub.schedules();
        hub.provision("shiqiao-1", "石桥镇");
        hub.provision("shiqiao-2", "石桥镇");
        schedules
                .offices()
                .putOffice(
                        "admin",
                        new ScheduledOffice(
                                new Office("sq", "石桥镇司法所", "石桥镇政府二楼", "0571-7654321", "周一至周五 9:00-17:00"),
                                "石桥镇",
                                14,
                                24));
        schedules.offices().putService("admin", new Service("mediation", "人民调解", "Mediation"));
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(
                    d,
                    DayHours.of(
                            LocalTime.of(9, 0),
                            LocalTime.of(17, 0),
                            new TimeRange(LocalTime.of(12, 0), LocalTime.of(14, 0))));
        }
        schedules.plans().put("admin", new WorkingPlan("sq", "mediation", Duration.ofMinutes(30), 4, week, List.of()));
        // Today is Tuesday 2026-12-01 in Beijing. Thursday is a holiday, Sunday the 6th is worked like a Monday.
        schedules.calendar().put("admin", CalendarDay.holiday(LocalDate.of(2026, 12, 3), "县庆"));
        schedules.calendar().put("admin", CalendarDay.workday(LocalDate.of(2026, 12, 6), "调休上班", DayOfWeek.MONDAY));
        schedules
                .plans()
                .putException(
                        "admin",
                        "sq",
                        "mediation",
                        PlanException.open(
                                LocalDate.of(2026, 12, 3), DayHours.of(LocalTime.of(9, 0), LocalTime.of(10, 0))));
    }

    @AfterAll
    static void close() throws Exception {
        hub.close();
    }

    static HeartbeatReply beat(String terminal, long version) {
        return hub.hub
                .heartbeats()
                .accept(
                        new TerminalIdentity(terminal, "石桥镇", "石桥镇"),
                        new HeartbeatRequest("0.1.0", 1L, List.of(), 0, null, 0, null, 60)
                                .withSchedule(new ScheduleReport(version, List.of())));
    }

    @Test
    void aScheduleIsSentOnlyWhenItChangedSinceTheVersionTheTerminalHas() throws Exception {
        assertNull(beat("shiqiao-2", 0).schedule(), "a terminal serving no office gets no schedule");
        schedules.offices().assign("admin", "sq", "shiqiao-2", 1);
        TerminalSchedule first = beat("shiqiao-2", 0).schedule();
        assertNotNull(first);
        assertEquals(1, first.version());
        HeartbeatReply same = beat("shiqiao-2", 1);
        assertNull(same.schedule(), "nothing changed: the reply stays small");
        assertTrue(WireJson.write(same).length < 1024, "a reply without a schedule is small");
        assertEquals(1, beat("shiqiao-2", 0).schedule().version(), "a terminal that lost it gets it again");

        int replyBytes = WireJson.write(beat("shiqiao-2", 0)).length;
        assertTrue(replyBytes < 256 * 1024, "two weeks of half-hour slots fit the kiosk's reply limit: " + replyBytes);
        System.out.println("A reply with 14 days of 30-minute slots: " + replyBytes + " bytes");

        schedules.offices().unassign("admin", "sq", "shiqiao-2");
        TerminalSchedule closed = beat("shiqiao-2", 1).schedule();
        assertEquals(2, closed.version());
        assertEquals(0, closed.document().get("slots").size(), "no longer serving: every booking closes");
        Schedule read = ScheduleReader.read(closed.document(), LocalDate.of(2026, 12, 1));
        assertEquals(List.of(), read.slots());
        assertEquals(List.of("sq"), read.offices().stream().map(Office::id).toList(), "listed while seats are held");
    }

    @Test
    void theDocumentHoldsTheCalendarAndTheKioskReaderAcceptsIt() throws Exception {
        schedules.offices().assign("admin", "sq", "shiqiao-1", 1);
        TerminalSchedule schedule = beat("shiqiao-1", 0).schedule();
        Schedule read = ScheduleReader.read(schedule.document(), LocalDate.of(2026, 12, 1));
        assertEquals(List.of("sq"), read.offices().stream().map(Office::id).toList());
        assertEquals(
                List.of("mediation"), read.services().stream().map(Service::id).toList());
        Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
        for (Slot slot : read.slots()) {
            perDay.merge(slot.start().toLocalDate(), 1L, Long::sum);
        }
        assertEquals(12L, perDay.get(LocalDate.of(2026, 12, 1)), "Tuesday: 9-12 and 14-17 in half hours");
        assertEquals(2L, perDay.get(LocalDate.of(2026, 12, 3)), "the holiday, opened by the office itself 9-10");
        assertNull(perDay.get(LocalDate.of(2026, 12, 5)), "Saturday closed");
        assertEquals(12L, perDay.get(LocalDate.of(2026, 12, 6)), "the make-up Sunday, worked like a Monday");
        assertEquals(LocalDate.of(2026, 12, 14), ((java.util.TreeMap<LocalDate, Long>) perDay).lastKey());
    }

    @Test
    void theSeededCalendarHoldsTheStateCouncilsDaysFor2026() {
        List<CalendarDay> year = schedules.calendar().year(2026);
        assertTrue(year.contains(CalendarDay.holiday(LocalDate.of(2026, 10, 1), "国庆节")));
        assertTrue(year.contains(CalendarDay.workday(LocalDate.of(2026, 9, 20), "国庆节调休上班", DayOfWeek.MONDAY)));
        assertEquals(
                33,
                year.stream()
                        .filter(d ->
                                d.kind() == CalendarDay.Kind.HOLIDAY && d.day().getMonthValue() < 12)
                        .count());
        assertEquals(
                6,
                year.stream()
                        .filter(d ->
                                d.kind() == CalendarDay.Kind.WORKDAY && d.day().getMonthValue() < 12)
                        .count());
    }

    @Test
    void everyEditIsAuditedWithTheOldAndTheNewValue() {
        schedules.calendar().put("admin", CalendarDay.holiday(LocalDate.of(2026, 12, 31), "跨年"));
        schedules.calendar().put("admin", CalendarDay.holiday(LocalDate.of(2026, 12, 31), "元旦前夕"));
        AuditEntry entry = hub.hub.audit().recent(1).get(0);
        assertEquals("calendar.put", entry.action());
        assertEquals("HOLIDAY 跨年 → HOLIDAY 元旦前夕", entry.detail());
        schedules.calendar().remove("admin", LocalDate.of(2026, 12, 31));
        assertEquals(
                "HOLIDAY 元旦前夕 → (removed)", hub.hub.audit().recent(1).get(0).detail());
    }

    @Test
    void aPlanWhoseHoursHoldNoSlotIsRefusedAndChangesNothing() {
        Map<DayOfWeek, DayHours> week = Map.of(DayOfWeek.MONDAY, DayHours.of(LocalTime.of(9, 0), LocalTime.of(9, 20)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkingPlan("sq", "mediation", Duration.ofMinutes(30), 4, week, List.of()));
        assertThrows(
                IllegalArgumentException.class, () -> schedules.offices().assign("admin", "sq", "no-such-terminal", 1));
        assertEquals(
                30, schedules.plans().plans(List.of("sq")).get(0).slotLength().toMinutes());
    }

    /**
     * A 12-hour minimum notice, from Tuesday 10:00: Wednesday's 09:00 slot closes at 21:00 on Tuesday (across
     * midnight), Friday's after the Thursday holiday at 21:00 on the holiday, the make-up Sunday's on Saturday; the
     * kiosk's store, given the document, offers each slot up to that minute and not after it.
     */
    @Test
    void aMinimumNoticeClosesEachSlotThatLongBeforeItAcrossMidnightAndHolidays(@TempDir Path kioskDir)
            throws Exception {
        hub.provision("shiqiao-3", "石桥镇");
        schedules
                .offices()
                .putOffice(
                        "admin",
                        new ScheduledOffice(new Office("sq-aid", "石桥镇法律援助站", "石桥镇政府一楼", "", ""), "石桥镇", 7, 24));
        schedules.offices().putService("admin", new Service("legal-aid", "法律援助", "Legal aid"));
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(d, DayHours.of(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        }
        schedules
                .plans()
                .put(
                        "admin",
                        new WorkingPlan(
                                "sq-aid",
                                "legal-aid",
                                Duration.ofMinutes(60),
                                2,
                                week,
                                List.of(),
                                Duration.ofHours(12)));
        assertEquals(
                Duration.ofHours(12),
                schedules.plans().plans(List.of("sq-aid")).get(0).minimumNotice(),
                "stored and read back");
        schedules.offices().assign("admin", "sq-aid", "shiqiao-3", 1);

        Schedule read = ScheduleReader.read(beat("shiqiao-3", 0).schedule().document(), LocalDate.of(2026, 12, 1));
        Map<java.time.LocalDateTime, java.time.LocalDateTime> bookBy = new java.util.TreeMap<>();
        for (Slot slot : read.slots()) {
            bookBy.put(slot.start(), slot.bookBy());
        }
        assertEquals(at(2026, 12, 1, 21, 0), bookBy.get(at(2026, 12, 2, 9, 0)), "the evening before");
        assertEquals(at(2026, 12, 1, 22, 0), bookBy.get(at(2026, 12, 2, 10, 0)));
        assertNull(bookBy.get(at(2026, 12, 3, 9, 0)), "the holiday has no slot");
        assertEquals(at(2026, 12, 3, 21, 0), bookBy.get(at(2026, 12, 4, 9, 0)), "closes on the holiday's evening");
        assertEquals(at(2026, 12, 5, 21, 0), bookBy.get(at(2026, 12, 6, 9, 0)), "the make-up Sunday's, on Saturday");

        try (BookingStore store = BookingStore.open(kioskDir)) {
            store.putSchedule(read.offices(), read.services(), read.slots());
            assertEquals(
                    List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 6)),
                    days(store, at(2026, 12, 1, 21, 0)).subList(0, 3),
                    "at 21:00 Wednesday 09:00 is still offered; today's slots are past their notice");
            assertEquals(
                    List.of(at(2026, 12, 2, 10, 0)),
                    store.slots("sq-aid", "legal-aid", LocalDate.of(2026, 12, 2)).stream()
                            .map(t -> t.slot())
                            .filter(slot -> slot.bookableAt(at(2026, 12, 1, 21, 1)))
                            .map(Slot::start)
                            .toList(),
                    "at 21:01 only Wednesday's 10:00 is left");
            assertEquals(
                    LocalDate.of(2026, 12, 4),
                    days(store, at(2026, 12, 1, 22, 1)).get(0),
                    "past 22:00 Wednesday is closed to bookings, Friday is next");
            assertEquals(
                    LocalDate.of(2026, 12, 6),
                    days(store, at(2026, 12, 3, 22, 1)).get(0),
                    "on the holiday's evening Friday 09:00 and 10:00 are gone: the make-up Sunday is next");
        }
    }

    private static List<LocalDate> days(BookingStore store, java.time.LocalDateTime now) {
        return store.days("sq-aid", "legal-aid", now, 7).stream()
                .map(org.legalkiosk.booking.store.DayAvailability::day)
                .toList();
    }

    private static java.time.LocalDateTime at(int y, int mo, int d, int h, int mi) {
        return java.time.LocalDateTime.of(y, mo, d, h, mi);
    }
}
