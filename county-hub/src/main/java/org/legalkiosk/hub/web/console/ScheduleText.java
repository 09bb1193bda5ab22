package org.legalkiosk.hub.web.console;

import java.time.DayOfWeek;

/** How the schedule pages say weekdays and times in Chinese. */
public final class ScheduleText {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private ScheduleText() {}

    /** Half hours from 07:00 to 20:00, the times the forms offer. */
    public static java.util.List<String> halfHours() {
        java.util.List<String> times = new java.util.ArrayList<>();
        for (int n = 14; n <= 40; n++) {
            times.add(String.format(java.util.Locale.ROOT, "%02d:%02d", n / 2, n % 2 * 30));
        }
        return times;
    }

    /** The day's hours as the office would say them, e.g. 09:00-17:00（休息 12:00-14:00）. */
    public static String hours(org.legalkiosk.booking.domain.DayHours hours) {
        if (hours == null) {
            return "休息";
        }
        String text = hours.open() + "-" + hours.close();
        return hours.breaks().isEmpty() ? text : text + "（休息 " + hours.breaks().get(0) + "）";
    }

    /** What a form should show for a field: what was typed (a refused form), else the default (a fresh page). */
    public static String value(java.util.Map<String, String> values, String field, String fallback) {
        String v = values.get(field);
        return v == null ? fallback : v;
    }

    /**
     * A store's refusal as the admin should read it: Chinese first. The stores' own messages are bilingual; the booking
     * domain's last-guard checks are English, and the one a form cannot check before (an exception's hours too short
     * for the plan's slots) is said in Chinese here.
     */
    static String planProblem(String message) {
        if (message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return message;
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("hold no (\\d+)-minute slot").matcher(message);
        if (m.find()) {
            return "这段时间放不下一段 " + m.group(1) + " 分钟的预约 / " + message;
        }
        return "不能保存 / Not saved: " + message;
    }

    /** A plan's minimum notice as the page says it. */
    public static String notice(java.time.Duration notice) {
        if (notice.isZero()) {
            return "不限";
        }
        long minutes = notice.toMinutes();
        return minutes % 60 == 0 ? "提前 " + minutes / 60 + " 小时" : "提前 " + minutes + " 分钟";
    }

    public static String weekday(DayOfWeek day) {
        return day == null ? "" : WEEKDAYS[day.getValue() - 1];
    }
}
