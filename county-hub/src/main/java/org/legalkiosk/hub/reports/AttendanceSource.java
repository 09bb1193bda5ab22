package org.legalkiosk.hub.reports;

import java.util.List;
import java.util.Optional;

/**
 * Attended and no-show per office. They come from the office desk's decisions ({@code booking_decisions}), which are
 * not on every hub yet: {@link #NOT_YET} says so and the page shows the table as "not available yet";
 * {@link BookingDecisionsAttendance} reads them once the desk's migration is in.
 */
@FunctionalInterface
public interface AttendanceSource {

    AttendanceSource NOT_YET = period -> Optional.empty();

    /** The counts for the period, or empty when this hub does not record attendance. */
    Optional<List<CountyReport.Attendance>> attendance(ReportPeriod period);
}
