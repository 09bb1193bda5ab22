package org.legalkiosk.hub.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of the county's calendar that does not follow the week: a public holiday (every office closed), or a
 * make-up working day (调休上班, a Saturday or Sunday worked instead of a bridging day) on which offices keep the
 * hours of the weekday in {@code follows}.
 */
public record CalendarDay(LocalDate day, Kind kind, String nameZh, DayOfWeek follows) {

    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 40) {
            throw new IllegalArgumentException("名称为 1–40 个字 / the name is 1 to 40 characters");
        }
        if (kind == Kind.WORKDAY) {
            Objects.requireNonNull(follows, "a make-up working day follows the hours of a weekday");
            if (follows.getValue() > 5) {
                throw new IllegalArgumentException("a make-up working day follows Monday to Friday, not " + follows);
            }
        } else if (follows != null) {
            throw new IllegalArgumentException("a holiday follows no weekday");
        }
    }

    public static CalendarDay holiday(LocalDate day, String nameZh) {
        return new CalendarDay(day, Kind.HOLIDAY, nameZh, null);
    }

    public static CalendarDay workday(LocalDate day, String nameZh, DayOfWeek follows) {
        return new CalendarDay(day, Kind.WORKDAY, nameZh, follows);
    }
}
