package org.legalkiosk.hub.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every table of the county report for one period. Rows hold ids as the terminals sent them (office, service, topic)
 * and counts; nothing about a person.
 *
 * @param attendance empty until the office desk's decisions are on the hub ({@link AttendanceSource})
 */
public record CountyReport(
        ReportPeriod period,
        List<WeeklyBookings> bookings,
        List<WaitingDays> waiting,
        List<SelfCheckOutcome> selfChecks,
        List<TopicDemand> topics,
        List<WeeklySearches> searches,
        List<TopicDemand> callbackTopics,
        Optional<List<Attendance>> attendance) {

    /** Bookings made in one week for one office and service. */
    public record WeeklyBookings(LocalDate week, String township, String office, String service, long bookings) {}

    /** Days from the day a booking was made to its appointment's day. */
    public record WaitingDays(
            String office, String service, long bookings, double average, double median, int longest) {}

    public record SelfCheckOutcome(String check, String outcome, long count) {}

    /** @param kind {@code explainer.view}, {@code category.view} or {@code callback} */
    public record TopicDemand(String kind, String topic, long count) {}

    /** Searches a visitor left with no results, or with results but none opened, per week. */
    public record WeeklySearches(LocalDate week, long nothingFound, long abandoned) {}

    public record Attendance(String office, long attended, long noShow) {}

    /** The bookings of each week, all offices together (the chart's line). */
    public List<long[]> bookingsPerWeek() {
        java.util.Map<LocalDate, Long> byWeek = new java.util.TreeMap<>();
        for (LocalDate w = period.from(); w.isBefore(period.to()); w = w.plusWeeks(1)) {
            byWeek.put(w, 0L);
        }
        bookings.forEach(b -> byWeek.merge(b.week(), b.bookings(), Long::sum));
        return byWeek.entrySet().stream()
                .map(e -> new long[] {e.getKey().toEpochDay(), e.getValue()})
                .toList();
    }
}
