package org.legalkiosk.booking.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one office offers one service week by week: opening hours per weekday (with breaks), slots of a fixed length
 * with the same number of seats, and exceptions by date. {@link SlotExpander} turns it into slots. Every rule is
 * checked here, so a plan that exists can always be expanded. {@code minimumNotice} is how long before a slot it stops
 * being offered (Cal.com's "minimum booking notice"; docs/decisions/0061), zero for "until it starts".
 */
public record WorkingPlan(
        String officeId,
        String serviceId,
        Duration slotLength,
        int seatsPerSlot,
        Map<DayOfWeek, DayHours> weekly,
        List<PlanException> exceptions,
        Duration minimumNotice) {

    public static final Duration MAX_SLOT_LENGTH = Duration.ofHours(8);
    public static final int MAX_SEATS = 1000;
    /** A week: an office that needs more notice than that should say so on its notice board, not in the schedule. */
    public static final Duration MAX_MINIMUM_NOTICE = Duration.ofDays(7);

    /** A plan whose slots are offered until they start. */
    public WorkingPlan(
            String officeId,
            String serviceId,
            Duration slotLength,
            int seatsPerSlot,
            Map<DayOfWeek, DayHours> weekly,
            List<PlanException> exceptions) {
        this(officeId, serviceId, slotLength, seatsPerSlot, weekly, exceptions, Duration.ZERO);
    }

    public WorkingPlan {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(slotLength, "slotLength");
        if (slotLength.isZero() || slotLength.isNegative()) {
            throw new IllegalArgumentException(
                    "the slot length must be positive, not " + slotLength.toMinutes() + " minutes");
        }
        if (slotLength.compareTo(MAX_SLOT_LENGTH) > 0) {
            throw new IllegalArgumentException(
                    "the slot length must be at most " + MAX_SLOT_LENGTH.toHours() + " hours");
        }
        if (slotLength.toSecondsPart() != 0 || slotLength.toNanosPart() != 0) {
            throw new IllegalArgumentException("the slot length must be whole minutes");
        }
        if (seatsPerSlot < 1 || seatsPerSlot > MAX_SEATS) {
            throw new IllegalArgumentException("seats per slot must be 1-" + MAX_SEATS + ", not " + seatsPerSlot);
        }
        minimumNotice = minimumNotice == null ? Duration.ZERO : minimumNotice;
        if (minimumNotice.isNegative() || minimumNotice.compareTo(MAX_MINIMUM_NOTICE) > 0) {
            throw new IllegalArgumentException("the minimum notice must be 0-" + MAX_MINIMUM_NOTICE.toHours()
                    + " hours, not " + minimumNotice.toMinutes() + " minutes");
        }
        if (minimumNotice.toSecondsPart() != 0 || minimumNotice.toNanosPart() != 0) {
            throw new IllegalArgumentException("the minimum notice must be whole minutes");
        }
        // An EnumMap keeps the days in week order, so the first problem reported is always the same one.
        weekly = weekly == null || weekly.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weekly));
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        Map<LocalDate, PlanException> byDate = new HashMap<>();
        for (PlanException exception : exceptions) {
            if (byDate.put(exception.date(), exception) != null) {
                throw new IllegalArgumentException("two exceptions for " + exception.date());
            }
        }
        for (Map.Entry<DayOfWeek, DayHours> day : weekly.entrySet()) {
            requireRoomForOneSlot(day.getKey().toString(), day.getValue(), slotLength);
        }
        for (PlanException exception : exceptions) {
            Duration length = slotLength;
            exception
                    .hours()
                    .ifPresent(h -> requireRoomForOneSlot(exception.date().toString(), h, length));
        }
    }

    /** The same plan with other exceptions by date (the hub folds the county calendar in this way). */
    public WorkingPlan withExceptions(List<PlanException> others) {
        return new WorkingPlan(officeId, serviceId, slotLength, seatsPerSlot, weekly, others, minimumNotice);
    }

    /** The hours on this date: an exception's if there is one, else the weekday's; empty when closed. */
    public Optional<DayHours> hoursOn(LocalDate date) {
        for (PlanException exception : exceptions) {
            if (exception.date().equals(date)) {
                return exception.hours();
            }
        }
        return Optional.ofNullable(weekly.get(date.getDayOfWeek()));
    }

    /** Hours that cannot hold a single slot are a mistake in the plan, not a day without slots. */
    private static void requireRoomForOneSlot(String day, DayHours hours, Duration slotLength) {
        boolean fits = hours.periods().stream()
                .anyMatch(p -> Duration.between(p.start(), p.end()).compareTo(slotLength) >= 0);
        if (!fits) {
            throw new IllegalArgumentException(
                    day + ": the hours " + hours + " hold no " + slotLength.toMinutes() + "-minute slot");
        }
    }
}
