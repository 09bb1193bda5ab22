package org.legalkiosk.hub.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.WorkingPlan;

/**
 * Folds the county calendar into an office's working plan, as the plan's own exceptions, so the booking module's
 * {@code SlotExpander} (the one every terminal also uses) expands holidays and make-up days with no second expander.
 * Precedence on a date: the plan's own exception (the office knows best: a mediator's visiting Saturday during a
 * holiday week), then the calendar, then the week.
 */
public final class CalendarPlans {

    private CalendarPlans() {}

    /**
     * The plan with the calendar's dates from {@code first} to {@code last} added as exceptions: a holiday closes the
     * office; a make-up working day opens it with the hours of the weekday it follows, or closes it when the plan is
     * closed that weekday (an office closed on Mondays does not open on a make-up day worked as a Monday).
     */
    public static WorkingPlan withCalendar(
            WorkingPlan plan, List<CalendarDay> calendar, LocalDate first, LocalDate last) {
        Set<LocalDate> own = new HashSet<>();
        List<PlanException> exceptions = new ArrayList<>();
        for (PlanException exception : plan.exceptions()) {
            own.add(exception.date());
            exceptions.add(exception);
        }
        for (CalendarDay day : calendar) {
            if (own.contains(day.day())
                    || day.day().isBefore(first)
                    || day.day().isAfter(last)) {
                continue;
            }
            own.add(day.day());
            if (day.kind() == CalendarDay.Kind.HOLIDAY) {
                exceptions.add(PlanException.closed(day.day()));
            } else {
                DayHours hours = plan.weekly().get(day.follows());
                exceptions.add(hours == null ? PlanException.closed(day.day()) : PlanException.open(day.day(), hours));
            }
        }
        return plan.withExceptions(exceptions);
    }
}
