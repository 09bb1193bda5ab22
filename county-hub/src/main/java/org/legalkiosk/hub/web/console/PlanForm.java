package org.legalkiosk.hub.web.console;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;

/**
 * Reads the schedule page's working-plan and exception forms into the booking module's types, checking every rule
 * first so that what is wrong is said in Chinese (then English) beside the field at fault; the domain's own English
 * checks stay as the last guard. Each problem is keyed by the id of the field to fix, as the error summary links it.
 */
final class PlanForm {

    /** The plan form's fields, in page order. */
    static List<String> planFields() {
        List<String> fields = new ArrayList<>(List.of("planOffice", "planService", "minutes", "seats", "notice"));
        for (int d = 1; d <= 7; d++) {
            fields.addAll(List.of("open" + d, "close" + d, "break" + d));
        }
        return fields;
    }

    static final List<String> EXCEPTION_FIELDS = List.of("exOffice", "exService", "exDay", "exOpen", "exClose");

    /** A plan, or empty with the problems added. */
    static Optional<WorkingPlan> plan(Map<String, String> values, Map<String, String> problems) {
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        Integer minutes = wholeNumber(values.get("minutes"), 5, 480);
        if (minutes == null) {
            problems.put("minutes", "每段时长请从列表中选择 / Choose a slot length from the list");
        }
        Integer seats = wholeNumber(values.get("seats"), 1, WorkingPlan.MAX_SEATS);
        if (seats == null) {
            problems.put(
                    "seats",
                    "每段名额请填 1 到 " + WorkingPlan.MAX_SEATS + " 之间的整数（现为“" + values.get("seats") + "”）/ Seats per"
                            + " slot: a whole number from 1 to " + WorkingPlan.MAX_SEATS);
        }
        Integer notice = wholeNumber(values.get("notice"), 0, (int) WorkingPlan.MAX_MINIMUM_NOTICE.toHours());
        if (notice == null) {
            problems.put("notice", "至少提前多少小时请从列表中选择 / Choose the minimum notice from the list");
        }
        for (int d = 1; d <= 7; d++) {
            String open = values.get("open" + d);
            if (open.isEmpty()) {
                continue; // closed that weekday
            }
            String day = ScheduleText.weekday(DayOfWeek.of(d));
            DayHours hours = hours(day, open, values.get("close" + d), values.get("break" + d), minutes, problems, d);
            if (hours != null) {
                week.put(DayOfWeek.of(d), hours);
            }
        }
        if (week.isEmpty() && problems.keySet().stream().noneMatch(k -> k.startsWith("open"))) {
            problems.put("open1", "每周至少要有一天开放 / Open on at least one weekday");
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkingPlan(
                    values.get("planOffice"),
                    values.get("planService"),
                    Duration.ofMinutes(minutes),
                    seats,
                    week,
                    List.of(),
                    Duration.ofHours(notice)));
        } catch (IllegalArgumentException e) {
            problems.put("planOffice", "服务安排有误 / The plan is not valid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static DayHours hours(
            String day, String open, String close, String pause, Integer minutes, Map<String, String> problems, int d) {
        LocalTime opens = time(open);
        LocalTime closes = time(close);
        if (opens == null || closes == null) {
            problems.put("open" + d, day + "：开门和关门时间请从列表中选择 / Choose the times from the list");
            return null;
        }
        if (!closes.isAfter(opens)) {
            problems.put("close" + d, day + "：关门时间 " + closes + " 须晚于开门时间 " + opens + " / Closes after it opens");
            return null;
        }
        TimeRange lunch = null;
        if (!pause.isEmpty()) {
            String[] parts = pause.split("-", 2);
            LocalTime from = parts.length == 2 ? time(parts[0]) : null;
            LocalTime to = parts.length == 2 ? time(parts[1]) : null;
            if (from == null || to == null || !to.isAfter(from)) {
                problems.put("break" + d, day + "：午休请从列表中选择 / Choose the break from the list");
                return null;
            }
            lunch = new TimeRange(from, to);
            if (!new TimeRange(opens, closes).contains(lunch)) {
                problems.put(
                        "break" + d,
                        day + "：午休 " + lunch + " 与开放时间 " + opens + "-" + closes + " 重叠或在其外，须完全在开放时间之内 / The"
                                + " break must lie inside the opening hours");
                return null;
            }
        }
        DayHours hours = lunch == null ? DayHours.of(opens, closes) : DayHours.of(opens, closes, lunch);
        if (minutes != null
                && hours.periods().stream()
                        .noneMatch(p -> Duration.between(p.start(), p.end()).toMinutes() >= minutes)) {
            problems.put(
                    "open" + d,
                    day + "：开放时间放不下一段 " + minutes + " 分钟的预约 / The hours hold no " + minutes + "-minute slot");
            return null;
        }
        return hours;
    }

    /** An exception by date, or empty with the problems added. */
    static Optional<PlanException> exception(
            Map<String, String> values, Map<String, String> problems, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(values.get("exDay"));
        } catch (DateTimeParseException e) {
            problems.put("exDay", "请选择日期，如 2026-10-08（现为“" + values.get("exDay") + "”）/ Choose a date");
            return Optional.empty();
        }
        if (day.isBefore(today) || day.isAfter(today.plusYears(2))) {
            problems.put("exDay", "日期须在今天（" + today + "）到两年之内 / The date is from today to two years ahead");
            return Optional.empty();
        }
        if (values.get("exOpen").isEmpty()) {
            return Optional.of(PlanException.closed(day));
        }
        LocalTime opens = time(values.get("exOpen"));
        LocalTime closes = time(values.get("exClose"));
        if (opens == null || closes == null) {
            problems.put("exOpen", "开门和关门时间请从列表中选择 / Choose the times from the list");
            return Optional.empty();
        }
        if (!closes.isAfter(opens)) {
            problems.put("exClose", "关门时间 " + closes + " 须晚于开门时间 " + opens + " / Closes after it opens");
            return Optional.empty();
        }
        return Optional.of(PlanException.open(day, DayHours.of(opens, closes)));
    }

    private static LocalTime time(String text) {
        if (text == null || !text.matches("\\d\\d:\\d\\d")) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer wholeNumber(String text, int min, int max) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n < min || n > max ? null : n;
    }
}
