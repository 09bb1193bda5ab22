package org.legalkiosk.hub.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.SlotExpander;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;

/**
 * Holidays, make-up working days and an office's own exceptions, expanded across a whole year by the booking module's
 * expander after {@link CalendarPlans} folded them in: random weeks (with and without lunch breaks), random calendars
 * and random exceptions, checked day by day against the precedence the county expects (own exception, then calendar,
 * then week), and every slot against its day's hours and breaks.
 */
class CalendarExpansionProperties {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Property(tries = 200)
    void everyDayFollowsItsOwnExceptionThenTheCalendarThenTheWeek(
            @ForAll("plans") WorkingPlan plan, @ForAll("calendars") List<CalendarDay> calendar) {
        List<Slot> slots = SlotExpander.expand(CalendarPlans.withCalendar(plan, calendar, FIRST, LAST), FIRST, LAST);
        Map<LocalDate, List<Slot>> byDay = slots.stream()
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        Map<LocalDate, CalendarDay> calendarByDay = new HashMap<>();
        calendar.forEach(d -> calendarByDay.put(d.day(), d));
        Map<LocalDate, PlanException> own = new HashMap<>();
        plan.exceptions().forEach(e -> own.put(e.date(), e));
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            Optional<DayHours> expected = effectiveHours(plan, own.get(day), calendarByDay.get(day), day);
            List<Slot> actual = byDay.getOrDefault(day, List.of());
            assertEquals(expectedStarts(expected, plan.slotLength()), starts(actual), day + " " + expected);
            for (Slot slot : actual) {
                DayHours hours = expected.orElseThrow();
                TimeRange range =
                        new TimeRange(slot.start().toLocalTime(), slot.end().toLocalTime());
                assertTrue(
                        hours.periods().stream().anyMatch(p -> p.contains(range)),
                        slot.id() + " lies inside " + hours + " and outside its breaks");
                assertEquals(plan.seatsPerSlot(), slot.capacity());
            }
        }
    }

    @Property(tries = 200)
    void noSlotFallsOnAHolidayUnlessTheOfficeOpensItself(
            @ForAll("plans") WorkingPlan plan, @ForAll("calendars") List<CalendarDay> calendar) {
        Set<LocalDate> ownOpen = new HashSet<>();
        plan.exceptions().stream().filter(e -> !e.isClosed()).forEach(e -> ownOpen.add(e.date()));
        Set<LocalDate> holidays = new HashSet<>();
        calendar.stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).forEach(d -> holidays.add(d.day()));
        for (Slot slot : SlotExpander.expand(CalendarPlans.withCalendar(plan, calendar, FIRST, LAST), FIRST, LAST)) {
            LocalDate day = slot.start().toLocalDate();
            assertTrue(!holidays.contains(day) || ownOpen.contains(day), slot.id() + " on a holiday");
        }
    }

    @Property(tries = 200)
    void slotIdsAreUniqueAndInTimeOrderAcrossTheYear(
            @ForAll("plans") WorkingPlan plan, @ForAll("calendars") List<CalendarDay> calendar) {
        List<Slot> slots = SlotExpander.expand(CalendarPlans.withCalendar(plan, calendar, FIRST, LAST), FIRST, LAST);
        assertEquals(slots.size(), slots.stream().map(Slot::id).distinct().count());
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(!slots.get(i).start().isBefore(slots.get(i - 1).end()), "slots overlap or go backwards");
        }
    }

    @Property(tries = 500)
    void aSplitAddsUpAndNoShareIsAWholeSeatOff(@ForAll("seats") int seats, @ForAll("weights") List<Integer> weights) {
        int[] shares = QuotaSplit.split(seats, weights);
        long total = weights.stream().mapToLong(Integer::longValue).sum();
        assertEquals(seats, java.util.Arrays.stream(shares).sum());
        for (int i = 0; i < shares.length; i++) {
            double exact = (double) seats * weights.get(i) / total;
            assertTrue(Math.abs(shares[i] - exact) < 1.0, "share " + shares[i] + " for exact " + exact);
        }
    }

    /** The rule, stated independently of CalendarPlans: own exception, then calendar, then week. */
    static Optional<DayHours> effectiveHours(WorkingPlan plan, PlanException own, CalendarDay calendar, LocalDate day) {
        if (own != null) {
            return own.hours();
        }
        if (calendar != null) {
            return calendar.kind() == CalendarDay.Kind.HOLIDAY
                    ? Optional.empty()
                    : Optional.ofNullable(plan.weekly().get(calendar.follows()));
        }
        return Optional.ofNullable(plan.weekly().get(day.getDayOfWeek()));
    }

    /** Slot starts by hand: each period filled from its start with whole slots. */
    static List<LocalTime> expectedStarts(Optional<DayHours> hours, Duration length) {
        List<LocalTime> starts = new ArrayList<>();
        hours.ifPresent(h -> {
            for (TimeRange period : h.periods()) {
                for (LocalTime t = period.start();
                        !t.plus(length).isAfter(period.end()) && !t.plus(length).isBefore(t);
                        t = t.plus(length)) {
                    starts.add(t);
                }
            }
        });
        return starts;
    }

    static List<LocalTime> starts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime()).toList();
    }

    @Provide
    Arbitrary<WorkingPlan> plans() {
        Arbitrary<DayHours> hours = Combinators.combine(
                        Arbitraries.integers().between(14, 20),
                        Arbitraries.integers().between(30, 38),
                        Arbitraries.of(true, false))
                .as((open, close, lunch) -> lunch
                        ? DayHours.of(
                                halfHour(open),
                                halfHour(close),
                                new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 30)))
                        : DayHours.of(halfHour(open), halfHour(close)));
        Arbitrary<Map<DayOfWeek, DayHours>> week = hours.injectNull(0.3)
                .list()
                .ofSize(7)
                .map(list -> {
                    Map<DayOfWeek, DayHours> map = new EnumMap<>(DayOfWeek.class);
                    for (int i = 0; i < 7; i++) {
                        if (list.get(i) != null) {
                            map.put(DayOfWeek.of(i + 1), list.get(i));
                        }
                    }
                    return map;
                });
        Arbitrary<PlanException> exception = Combinators.combine(
                        Arbitraries.integers().between(0, 364), Arbitraries.of(true, false))
                .as((offset, closed) -> closed
                        ? PlanException.closed(FIRST.plusDays(offset))
                        : PlanException.open(
                                FIRST.plusDays(offset), DayHours.of(LocalTime.of(9, 0), LocalTime.of(11, 30))));
        Arbitrary<List<PlanException>> exceptions =
                exception.list().ofMaxSize(12).uniqueElements(PlanException::date);
        return Combinators.combine(
                        week,
                        Arbitraries.of(15, 20, 30, 45, 60, 90),
                        Arbitraries.integers().between(1, 12),
                        exceptions)
                .as((w, minutes, seats, own) ->
                        new WorkingPlan("cg", "aid", Duration.ofMinutes(minutes), seats, w, own));
    }

    @Provide
    Arbitrary<List<CalendarDay>> calendars() {
        Arbitrary<CalendarDay> day = Combinators.combine(
                        Arbitraries.integers().between(0, 364),
                        Arbitraries.of(CalendarDay.Kind.values()),
                        Arbitraries.integers().between(1, 5))
                .as((offset, kind, follows) -> kind == CalendarDay.Kind.HOLIDAY
                        ? CalendarDay.holiday(FIRST.plusDays(offset), "节日")
                        : CalendarDay.workday(FIRST.plusDays(offset), "调休上班", DayOfWeek.of(follows)));
        return day.list().ofMaxSize(40).uniqueElements(CalendarDay::day);
    }

    @Provide
    Arbitrary<Integer> seats() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<List<Integer>> weights() {
        return Arbitraries.integers().between(1, 100).list().ofMinSize(1).ofMaxSize(12);
    }

    static LocalTime halfHour(int n) {
        return LocalTime.of(n / 2, n % 2 * 30);
    }
}
