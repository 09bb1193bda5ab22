package org.legalkiosk.hub.web.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.schedule.CalendarDay;
import org.legalkiosk.hub.schedule.CalendarStore;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/**
 * The county's calendar of public holidays and make-up working days (调休上班), by year: everyone reads it; a county
 * admin adds, changes or removes a day when the State Council's notice for a year comes out. The store audits every
 * change with the old and the new value; the terminals get the changed schedule at their next heartbeat.
 */
public final class CalendarPage {

    private final CalendarStore calendar;
    private final Templates templates;
    private final java.time.Clock clock;

    public CalendarPage(CalendarStore calendar, Templates templates, java.time.Clock clock) {
        this.calendar = calendar;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/calendar", "/calendar", (rq, rs, cb, m) -> show(rq, rs, cb, 200, Map.of(), Map.of())),
                Route.of("POST", "/calendar", "/calendar", (rq, rs, cb, m) -> put(rq, rs, cb)),
                Route.of("POST", "/calendar/remove", "/calendar/remove", (rq, rs, cb, m) -> remove(rq, rs, cb)));
    }

    private void show(
            Request request,
            Response response,
            Callback callback,
            int status,
            Map<String, String> values,
            Map<String, String> problems) {
        SessionStore.Session session = ConsoleRequest.session(request);
        int thisYear = LocalDate.now(clock.withZone(org.legalkiosk.hub.schedule.ScheduleDispatch.COUNTY_ZONE))
                .getYear();
        int year = thisYear;
        String asked = Request.extractQueryParameters(request).getValue("year");
        if (asked != null && asked.matches("20\\d\\d")) {
            year = Integer.parseInt(asked);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "节假日与调休", "Holidays", "calendar"));
        params.put("year", year);
        params.put("years", List.of(thisYear - 1, thisYear, thisYear + 1));
        params.put("days", calendar.year(year));
        params.put("values", values);
        params.put("problems", problems);
        String saved = Request.extractQueryParameters(request).getValue("saved");
        params.put("saved", saved == null ? "" : saved);
        Http.html(response, callback, status, templates.render("calendar.jte", params));
    }

    private void put(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("day", "kind", "nameZh", "follows")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = date(values.get("day"), problems);
        CalendarDay.Kind kind = switch (values.get("kind")) {
            case "HOLIDAY" -> CalendarDay.Kind.HOLIDAY;
            case "WORKDAY" -> CalendarDay.Kind.WORKDAY;
            default -> {
                problems.put("kind", "请选择放假或调休上班 / Choose holiday or make-up working day");
                yield null;
            }
        };
        String name = values.get("nameZh");
        if (name.isEmpty() || name.length() > 40) {
            problems.put("nameZh", "请填写名称（1–40 字），如“春节” / Give a name of 1 to 40 characters");
        }
        DayOfWeek follows = null;
        if (kind == CalendarDay.Kind.WORKDAY) {
            if (!values.get("follows").matches("[1-5]")) {
                problems.put("follows", "请选择按星期几上班 / Choose the weekday whose hours apply");
            } else {
                follows = DayOfWeek.of(Integer.parseInt(values.get("follows")));
            }
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        calendar.put(
                session.user().username(),
                kind == CalendarDay.Kind.HOLIDAY
                        ? CalendarDay.holiday(day, name)
                        : CalendarDay.workday(day, name, follows));
        Http.redirect(response, callback, "/calendar?year=" + day.getYear() + "&saved=" + day);
    }

    private void remove(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = date(Http.first(ConsoleRequest.form(request), "day"), problems);
        if (day == null) {
            show(request, response, callback, 400, Map.of(), problems);
            return;
        }
        calendar.remove(session.user().username(), day);
        Http.redirect(response, callback, "/calendar?year=" + day.getYear() + "&saved=" + day);
    }

    private static LocalDate date(String text, Map<String, String> problems) {
        try {
            LocalDate day = LocalDate.parse(text == null ? "" : text.strip());
            if (day.getYear() < 2020 || day.getYear() > 2099) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.put("day", "请选择日期 / Choose a date");
            return null;
        }
    }
}
