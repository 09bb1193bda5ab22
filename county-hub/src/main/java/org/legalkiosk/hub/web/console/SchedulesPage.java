package org.legalkiosk.hub.web.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.hub.schedule.OfficeStore;
import org.legalkiosk.hub.schedule.QuotaSplit;
import org.legalkiosk.hub.schedule.ScheduleDispatch;
import org.legalkiosk.hub.schedule.ScheduledOffice;
import org.legalkiosk.hub.schedule.Schedules;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.TerminalRow;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.Http;

/**
 * Offices, their services' working plans (hours per weekday with a lunch break, slot length, capacity per slot),
 * exceptions by date, and the terminals that sell each office's seats with their shares. Everyone reads it (a
 * township officer their township's offices); a county admin changes it, mostly by choosing from lists. The stores
 * audit every change with the old and the new value; terminals get their new quotas at their next heartbeat.
 */
public final class SchedulesPage {

    /** What the page shows of one office. */
    public record OfficeView(ScheduledOffice office, List<WorkingPlan> plans, List<OfficeStore.Assignment> terminals) {

        /**
         * Each terminal's seats of one slot of the plan, in the order of {@link #terminals()}: the split by shares
         * every terminal gets before the release time ({@link QuotaSplit}, as the heartbeat allocates it).
         */
        public List<Integer> split(WorkingPlan plan) {
            int[] seats = QuotaSplit.split(
                    plan.seatsPerSlot(),
                    terminals.stream().map(OfficeStore.Assignment::weight).toList());
            return java.util.Arrays.stream(seats).boxed().toList();
        }
    }

    private final Schedules schedules;
    private final FleetView fleet;
    private final Templates templates;
    private final java.time.Clock clock;

    public SchedulesPage(Schedules schedules, FleetView fleet, Templates templates, java.time.Clock clock) {
        this.schedules = schedules;
        this.fleet = fleet;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.of(
                        "GET",
                        "/schedules",
                        "/schedules",
                        (rq, rs, cb, m) -> show(rq, rs, cb, 200, Map.of(), Map.of())),
                Route.of("POST", "/schedules/offices", "/schedules/offices", (rq, rs, cb, m) -> putOffice(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/schedules/services",
                        "/schedules/services",
                        (rq, rs, cb, m) -> putService(rq, rs, cb)),
                Route.of("POST", "/schedules/plans", "/schedules/plans", (rq, rs, cb, m) -> putPlan(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/schedules/exceptions",
                        "/schedules/exceptions",
                        (rq, rs, cb, m) -> putException(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/schedules/exceptions/remove",
                        "/schedules/exceptions/remove",
                        (rq, rs, cb, m) -> removeException(rq, rs, cb)),
                Route.of("POST", "/schedules/assign", "/schedules/assign", (rq, rs, cb, m) -> assign(rq, rs, cb)),
                Route.of(
                        "POST", "/schedules/unassign", "/schedules/unassign", (rq, rs, cb, m) -> unassign(rq, rs, cb)));
    }

    private void show(
            Request request,
            Response response,
            Callback callback,
            int status,
            Map<String, String> values,
            Map<String, String> problems) {
        SessionStore.Session session = ConsoleRequest.session(request);
        User user = session.user();
        List<ScheduledOffice> offices = schedules.offices().offices().stream()
                .filter(o -> user.sees(o.township()))
                .toList();
        List<WorkingPlan> plans = offices.isEmpty()
                ? List.of()
                : schedules
                        .plans()
                        .plans(offices.stream().map(ScheduledOffice::id).toList());
        List<OfficeStore.Assignment> assignments = schedules.offices().assignments();
        List<OfficeView> views = new ArrayList<>();
        for (ScheduledOffice office : offices) {
            views.add(new OfficeView(
                    office,
                    plans.stream().filter(p -> p.officeId().equals(office.id())).toList(),
                    assignments.stream()
                            .filter(a -> a.officeId().equals(office.id()))
                            .toList()));
        }
        List<TerminalRow> terminals = fleet.terminals(Optional.ofNullable(user.township()));
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(user, session.csrfToken(), "预约排班与名额", "Schedules and quotas", "schedules"));
        params.put("offices", views);
        params.put("services", schedules.offices().services());
        params.put("terminals", terminals);
        params.put(
                "townships",
                terminals.stream()
                        .map(TerminalRow::township)
                        .distinct()
                        .sorted()
                        .toList());
        params.put("values", values);
        params.put("problems", problems);
        String saved = Request.extractQueryParameters(request).getValue("saved");
        params.put("saved", saved == null ? "" : saved);
        Http.html(response, callback, status, templates.render("schedules.jte", params));
    }

    private Map<String, String> values(Request request, List<String> fields) {
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : fields) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        return values;
    }

    private void putOffice(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(
                request, List.of("officeId", "name", "address", "phone", "hours", "township", "bookAhead", "release"));
        Map<String, String> problems = new LinkedHashMap<>();
        ScheduledOffice office = null;
        try {
            office = new ScheduledOffice(
                    new Office(
                            values.get("officeId"),
                            values.get("name"),
                            values.get("address"),
                            values.get("phone"),
                            values.get("hours")),
                    values.get("township"),
                    number(values.get("bookAhead")),
                    number(values.get("release")));
            if (!OfficeStore.ID.matcher(office.id()).matches()) {
                problems.put("officeId", "编号只能用字母、数字、- 和 _ / letters, digits, - and _ only");
            }
        } catch (IllegalArgumentException e) {
            problems.put("officeId", e.getMessage());
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        schedules.offices().putOffice(session.user().username(), office);
        Http.redirect(response, callback, "/schedules?saved=" + office.id());
    }

    private void putService(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, List.of("serviceId", "nameZh", "nameEn"));
        try {
            schedules
                    .offices()
                    .putService(
                            session.user().username(),
                            new Service(values.get("serviceId"), values.get("nameZh"), values.get("nameEn")));
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 400, values, Map.of("serviceId", e.getMessage()));
            return;
        }
        Http.redirect(response, callback, "/schedules?saved=" + values.get("serviceId"));
    }

    private void putPlan(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, PlanForm.planFields());
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<WorkingPlan> plan = PlanForm.plan(values, problems);
        if (plan.isPresent()) {
            try {
                schedules.plans().put(session.user().username(), plan.get());
            } catch (IllegalArgumentException e) {
                problems.put("planOffice", e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        Http.redirect(
                response,
                callback,
                "/schedules?saved=" + plan.get().officeId() + "#office-"
                        + plan.get().officeId());
    }

    private void putException(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, PlanForm.EXCEPTION_FIELDS);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ScheduleDispatch.COUNTY_ZONE));
        Optional<PlanException> exception = PlanForm.exception(values, problems, today);
        if (exception.isPresent()) {
            try {
                schedules
                        .plans()
                        .putException(
                                session.user().username(),
                                values.get("exOffice"),
                                values.get("exService"),
                                exception.get());
            } catch (IllegalArgumentException e) {
                problems.put("exDay", ScheduleText.planProblem(e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, values, problems);
            return;
        }
        Http.redirect(
                response, callback, "/schedules?saved=" + values.get("exOffice") + "#office-" + values.get("exOffice"));
    }

    /**
     * Removes a plan's exception on one date, so the day follows the weekly hours again; audited with the old hours
     * ({@code PlanStore.removeException}). A county admin's, like adding one; removing one that is not there changes
     * nothing.
     */
    private void removeException(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, List.of("exOffice", "exService", "exDay"));
        LocalDate day;
        try {
            day = LocalDate.parse(values.get("exDay"));
        } catch (java.time.format.DateTimeParseException e) {
            show(request, response, callback, 400, values, Map.of("exDay", "请选择日期 / Choose a date"));
            return;
        }
        schedules
                .plans()
                .removeException(session.user().username(), values.get("exOffice"), values.get("exService"), day);
        Http.redirect(
                response, callback, "/schedules?saved=" + values.get("exOffice") + "#office-" + values.get("exOffice"));
    }

    private void assign(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, List.of("asOffice", "asTerminal", "weight"));
        try {
            schedules
                    .offices()
                    .assign(
                            session.user().username(),
                            values.get("asOffice"),
                            values.get("asTerminal"),
                            number(values.get("weight")));
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 400, values, Map.of("asOffice", e.getMessage()));
            return;
        }
        Http.redirect(response, callback, "/schedules?saved=" + values.get("asOffice"));
    }

    private void unassign(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = values(request, List.of("asOffice", "asTerminal"));
        schedules.offices().unassign(session.user().username(), values.get("asOffice"), values.get("asTerminal"));
        Http.redirect(response, callback, "/schedules?saved=" + values.get("asOffice"));
    }

    private static int number(String text) {
        if (text == null || !text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("请从列表中选择 / choose from the list");
        }
        return Integer.parseInt(text);
    }
}
