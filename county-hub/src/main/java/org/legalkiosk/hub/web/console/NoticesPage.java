package org.legalkiosk.hub.web.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.notices.NoticeStore;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;

/**
 * Notices: the list (everybody), composing one (county admins: Chinese and English text, target groups, start and
 * end, urgent) with every problem listed at the top and linked to its field while what was typed stays, and
 * withdrawing one.
 */
public final class NoticesPage {

    private final NoticeStore notices;
    private final GroupStore groups;
    private final Templates templates;
    private final Clock clock;

    public NoticesPage(NoticeStore notices, GroupStore groups, Templates templates, Clock clock) {
        this.notices = notices;
        this.groups = groups;
        this.templates = templates;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/notices", "/notices", (rq, rs, cb, m) -> list(rq, rs, cb)),
                Route.of("GET", "/notices/new", "/notices/new", (rq, rs, cb, m) -> compose(rq, rs, cb)),
                Route.of("POST", "/notices", "/notices", (rq, rs, cb, m) -> save(rq, rs, cb)),
                Route.of("POST", "/notices/(\\d{1,18})/withdraw", "/notices/1/withdraw", this::withdraw));
    }

    private void list(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        String saved = Request.extractQueryParameters(request).getValue("saved");
        Http.html(
                response,
                callback,
                200,
                templates.render(
                        "notices.jte",
                        Map.of(
                                "page",
                                new Page(session.user(), session.csrfToken(), "通知", "Notices", "notices"),
                                "notices",
                                notices.list(200),
                                "now",
                                clock.instant(),
                                "saved",
                                saved == null ? "" : saved)));
    }

    private void compose(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, String> values = new HashMap<>();
        values.put("startsAt", Fmt.input(clock.instant()));
        form(response, callback, session, 200, values, List.of(), Map.of());
    }

    private void save(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        Map<String, List<String>> form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("titleZh", "titleEn", "bodyZh", "bodyEn", "startsAt", "endsAt", "urgent")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v);
        }
        List<String> targets = form.getOrDefault("groups", List.of());
        Map<String, String> problems = new LinkedHashMap<>();
        Instant starts = parseTime(values.get("startsAt"), "startsAt", problems);
        Instant ends = parseTime(values.get("endsAt"), "endsAt", problems);
        NoticeDraft draft = new NoticeDraft(
                values.get("titleZh"),
                values.get("titleEn"),
                values.get("bodyZh"),
                values.get("bodyEn"),
                "on".equals(values.get("urgent")),
                starts,
                ends,
                targets);
        draft.problems().forEach(problems::putIfAbsent);
        List<String> known = groups.list().stream().map(GroupStore.Group::name).toList();
        if (!known.containsAll(targets)) {
            problems.put("groups", "所选分组不存在 / a chosen group does not exist");
        }
        if (!problems.isEmpty()) {
            form(response, callback, session, 400, values, targets, problems);
            return;
        }
        long id = notices.create(session.user().username(), draft);
        Http.redirect(response, callback, "/notices?saved=" + id);
    }

    private void withdraw(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        try {
            notices.withdraw(session.user().username(), Long.parseLong(path.group(1)), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new org.legalkiosk.hub.web.HttpError(404, e.getMessage());
        }
        Http.redirect(response, callback, "/notices");
    }

    private void form(
            Response response,
            Callback callback,
            SessionStore.Session session,
            int status,
            Map<String, String> values,
            List<String> chosen,
            Map<String, String> problems) {
        Http.html(
                response,
                callback,
                status,
                templates.render(
                        "notice_form.jte",
                        Map.of(
                                "page",
                                        new Page(
                                                session.user(),
                                                session.csrfToken(),
                                                "发布通知",
                                                "Compose a notice",
                                                "notices"),
                                "values", values,
                                "groups", groups.list(),
                                "chosen", chosen,
                                "problems", problems)));
    }

    private static Instant parseTime(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(Fmt.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "时间格式应为 2026-12-01T09:00 / a time looks like 2026-12-01T09:00");
            return null;
        }
    }
}
