package org.legalkiosk.hub.web.console;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.reports.CountyReport;
import org.legalkiosk.hub.reports.ReportExports;
import org.legalkiosk.hub.reports.ReportPeriod;
import org.legalkiosk.hub.reports.ReportQueries;
import org.legalkiosk.hub.reports.ReportTable;
import org.legalkiosk.hub.reports.ReportTables;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * The county's reports for the county admin (and the auditor, who reads everything): every table on the page with a
 * chart drawn from it by the hub's own script (uPlot from a WebJar; the table stays for screen readers and when
 * scripts are off), and the same tables as CSV (one per table) and XLSX (all of them). Township officers get 403:
 * the reports are county-wide.
 */
public final class ReportsPage {

    private final ReportQueries reports;
    private final Templates templates;
    private final java.time.Clock clock;

    public ReportsPage(ReportQueries reports, Templates templates, java.time.Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/reports", "/reports", (rq, rs, cb, m) -> show(rq, rs, cb)),
                Route.of("GET", "/reports\\.xlsx", "/reports.xlsx", (rq, rs, cb, m) -> xlsx(rq, rs, cb)),
                Route.of("GET", "/reports/([a-z-]{1,32})\\.csv", "/reports/bookings.csv", this::csv));
    }

    private static void requireReader(User user) {
        if (!user.isAdmin() && !user.canReadAudit()) {
            throw new HttpError(403, "报表只对县级管理员开放 / the reports are for county admins");
        }
    }

    private ReportPeriod period(Request request) {
        String weeks = Request.extractQueryParameters(request).getValue("weeks");
        int n = ReportPeriod.DEFAULT_WEEKS;
        if (weeks != null) {
            if (!weeks.matches("\\d{1,3}")
                    || Integer.parseInt(weeks) < 1
                    || Integer.parseInt(weeks) > ReportPeriod.MAX_WEEKS) {
                throw new HttpError(400, "周数为 1 到 " + ReportPeriod.MAX_WEEKS + " / weeks must be 1 to 104");
            }
            n = Integer.parseInt(weeks);
        }
        return ReportPeriod.lastWeeks(LocalDate.now(clock.withZone(ReportPeriod.ZONE)), n);
    }

    private void show(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        requireReader(session.user());
        ReportPeriod period = period(request);
        CountyReport report = reports.report(period);
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "报表", "Reports", "reports"));
        params.put("period", period);
        params.put("weeks", period.weeks());
        params.put("tables", ReportTables.of(report));
        Http.html(response, callback, 200, templates.render("reports.jte", params));
    }

    private void xlsx(Request request, Response response, Callback callback) {
        requireReader(ConsoleRequest.session(request).user());
        ReportPeriod period = period(request);
        byte[] file = ReportExports.xlsx(ReportTables.of(reports.report(period)), label(period));
        attachment(response, "county-report-" + period.from() + ".xlsx");
        Http.send(response, callback, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
    }

    private void csv(Request request, Response response, Callback callback, Matcher path) {
        requireReader(ConsoleRequest.session(request).user());
        String id = path.group(1);
        if (!ReportTables.IDS.contains(id)) {
            throw new HttpError(404, "没有这张报表 / no such table");
        }
        ReportPeriod period = period(request);
        ReportTable table = ReportTables.of(reports.report(period)).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
        attachment(response, id + "-" + period.from() + ".csv");
        Http.send(response, callback, 200, "text/csv; charset=utf-8", ReportExports.csv(table));
    }

    private static void attachment(Response response, String name) {
        response.getHeaders().put("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static String label(ReportPeriod period) {
        return period.from() + " – " + period.to().minusDays(1);
    }
}
