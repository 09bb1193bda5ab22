package org.legalkiosk.booking.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a working plan into slots over a range of dates. Each open stretch of a day is filled with slots from its
 * start; a remainder shorter than a slot is left unused (a slot never runs into a break or past closing time).
 * <p>
 * Times are local wall-clock times ({@link LocalDateTime}, no zone): offices in China keep no daylight saving time,
 * and expanding must not depend on the kiosk's time zone. Slot ids are derived from the office, the service and
 * the start time only, so pushing the same plan again, or a plan with other seats, yields the same ids and the
 * bookings already made stay attached to their slots.
 */
public final class SlotExpander {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd.HHmm");

    private SlotExpander() {}

    /**
     * The plan's slots from {@code first} to {@code last} inclusive, in time order, each offered until the plan's
     * minimum notice before it starts (wall-clock time: a 12-hour notice on a 09:00 slot ends at 21:00 the evening
     * before, whatever the calendar says about that evening).
     */
    public static List<Slot> expand(WorkingPlan plan, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
        List<Slot> slots = new ArrayList<>();
        Duration length = plan.slotLength();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DayHours hours = plan.hoursOn(day).orElse(null);
            if (hours == null) {
                continue;
            }
            for (TimeRange period : hours.periods()) {
                LocalDateTime start = day.atTime(period.start());
                LocalDateTime end = day.atTime(period.end());
                // Periods end at the latest at 23:59:59.999 of the same day, so start + length never wraps around.
                while (!start.plus(length).isAfter(end)) {
                    slots.add(new Slot(
                            slotId(plan.officeId(), plan.serviceId(), start),
                            plan.officeId(),
                            plan.serviceId(),
                            start,
                            start.plus(length),
                            plan.seatsPerSlot(),
                            start.minus(plan.minimumNotice())));
                    start = start.plus(length);
                }
            }
        }
        return slots;
    }

    /**
     * The id a plan gives the slot of this office and service starting at this time, e.g. {@code o1.aid.20261201.0900}.
     * The dot is not allowed in office or service ids, so two different slots never share an id.
     */
    public static String slotId(String officeId, String serviceId, LocalDateTime start) {
        return officeId + "." + serviceId + "." + ID_TIME.format(start);
    }
}
