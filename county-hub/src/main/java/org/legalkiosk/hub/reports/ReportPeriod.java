package org.legalkiosk.hub.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The weeks a report covers: whole weeks, Monday to Sunday in China's time, the current one included.
 *
 * @param from the first Monday
 * @param to   the Monday after the last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 104;

    public ReportPeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a report period ends after it starts");
        }
    }

    /** The last {@code weeks} weeks up to and including the one {@code today} is in. */
    public static ReportPeriod lastWeeks(LocalDate today, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 1 to " + MAX_WEEKS);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(monday.minusWeeks(weeks - 1L), monday.plusWeeks(1));
    }

    public int weeks() {
        return (int) (java.time.temporal.ChronoUnit.WEEKS.between(from, to));
    }
}
