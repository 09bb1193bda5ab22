package org.legalkiosk.hub.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.legalkiosk.hub.content.BundleRow;
import org.legalkiosk.hub.content.ContentLibrary;
import org.legalkiosk.hub.content.RolloutStore;
import org.legalkiosk.hub.content.UploadRefused;
import org.legalkiosk.hub.terminals.FleetView;
import org.legalkiosk.hub.terminals.GroupStore;
import org.legalkiosk.hub.terminals.RolloutRow;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * Content: the versions on the hub (a county admin uploads a bundle signed offline; the hub verifies it against the
 * county's trusted keys and publishes it on its pull channel), the rollout (a version to a pilot group, then to all
 * groups), now or at a set time (a scheduled rollout, which an admin may cancel until it starts), its progress (how
 * many terminals report which version, from their heartbeats), and deleting a version nobody needs any more.
 */
public final class ContentPage {

    private final FleetView fleet;
    private final GroupStore groups;
    private final ContentLibrary library;
    private final RolloutStore rollouts;
    private final Templates templates;
    private final Clock clock;

    /** {@code library} and {@code rollouts} may be null (a hub without a content folder: uploads are refused). */
    public ContentPage(
            FleetView fleet,
            GroupStore groups,
            ContentLibrary library,
            RolloutStore rollouts,
            Templates templates,
            Clock clock) {
        this.clock = clock;
        this.fleet = fleet;
        this.groups = groups;
        this.library = library;
        this.rollouts = rollouts;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/content", "/content", (rq, rs, cb, m) -> show(rq, rs, cb, 200, View.EMPTY)),
                Route.of("POST", "/content/bundles", "/content/bundles", (rq, rs, cb, m) -> upload(rq, rs, cb)),
                Route.of("POST", "/content/rollout", "/content/rollout", (rq, rs, cb, m) -> rollOut(rq, rs, cb)),
                Route.of(
                        "POST",
                        "/content/schedules/(\\d{1,18})/cancel",
                        "/content/schedules/1/cancel",
                        this::cancelSchedule),
                Route.of("POST", "/content/versions/(\\d{1,18})/delete", "/content/versions/1/delete", this::delete));
    }

    /** What a re-shown page keeps from a refused post. */
    private record View(Map<String, String> values, Map<String, String> problems, UploadRefused refused) {
        static final View EMPTY = new View(Map.of(), Map.of(), null);
    }

    private void show(Request request, Response response, Callback callback, int status, View view) {
        SessionStore.Session session = ConsoleRequest.session(request);
        var query = Request.extractQueryParameters(request);
        List<RolloutRow> rollout = fleet.rollout(session.user().townshipScope());
        Map<String, Integer> byVersion = new TreeMap<>((a, b) -> {
            boolean na = !a.matches("\\d+");
            boolean nb = !b.matches("\\d+");
            return na || nb ? Boolean.compare(na, nb) : Long.compare(Long.parseLong(b), Long.parseLong(a));
        });
        rollout.forEach(r -> r.byVersion().forEach((v, n) -> byVersion.merge(v, n, Integer::sum)));
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(session.user(), session.csrfToken(), "内容发布", "Content rollout", "content"));
        params.put("rollout", rollout);
        params.put("byVersion", byVersion);
        params.put(
                "terminals",
                byVersion.values().stream().mapToInt(Integer::intValue).sum());
        params.put("bundles", library == null ? List.<BundleRow>of() : library.list());
        params.put("pending", rollouts == null ? List.of() : rollouts.pending());
        params.put("scheduled", digits(query.getValue("scheduled")));
        params.put("cancelled", digits(query.getValue("cancelled")));
        params.put("deleted", digits(query.getValue("deleted")));
        params.put("enabled", library != null);
        params.put("trustedKeys", library == null ? List.<String>of() : library.trustedKeyIds());
        params.put("maxUploadMb", library == null ? 0L : library.maxUploadBytes() >> 20);
        params.put(
                "uploadAction",
                "/content/bundles?csrf=" + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8));
        params.put("values", view.values());
        params.put("problems", view.problems());
        params.put("refused", view.refused());
        params.put("uploaded", digits(query.getValue("uploaded")));
        params.put("rolledOut", digits(query.getValue("rolledOut")));
        String to = query.getValue("to");
        params.put("rolledOutTo", to == null ? "" : to);
        Http.html(response, callback, status, templates.render("content.jte", params));
    }

    private static String digits(String value) {
        return value != null && value.matches("\\d{1,18}") ? value : "";
    }

    private void upload(Request request, Response response, Callback callback) throws Exception {
        SessionStore.Session session = ConsoleRequest.session(request);
        if (!session.user().isAdmin()) { // before a byte of the body is kept
            Http.discardBody(request, Http.REFUSED_DISCARD_BYTES);
        }
        Access.requireAdmin(session.user());
        if (library == null) {
            throw new HttpError(503, "本平台没有配置内容目录 / this hub has no content folder");
        }
        Path file = null;
        try {
            file = BundleUpload.receive(request, library.incoming(), library.maxUploadBytes());
            BundleRow row = library.accept(session.user().username(), file);
            Http.redirect(response, callback, "/content?uploaded=" + row.version());
        } catch (UploadRefused refused) {
            show(request, response, callback, refused.status(), new View(Map.of(), Map.of(), refused));
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void rollOut(Request request, Response response, Callback callback) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        if (rollouts == null) {
            throw new HttpError(503, "本平台没有配置内容目录 / this hub has no content folder");
        }
        var form = ConsoleRequest.form(request);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("version", "scope", "group", "startsAt", "allStartsAt")) {
            String v = Http.first(form, field);
            values.put(field, v == null ? "" : v.strip());
        }
        boolean all = values.get("scope").equals("all");
        String versionField = all ? "allVersion" : "version";
        if (all) {
            String v = Http.first(form, "allVersion");
            values.put("allVersion", v == null ? "" : v.strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String version = values.get(versionField);
        if (!version.matches("\\d{1,18}")
                || library.find(Long.parseLong(version)).isEmpty()) {
            problems.put(versionField, "请选择平台上已有的版本 / Choose a version on the hub");
        }
        if (!all && !values.get("scope").equals("pilot")) {
            problems.put("scope", "请选择发布范围 / Choose where to roll out");
        }
        if (!all && groups.list().stream().noneMatch(g -> g.name().equals(values.get("group")))) {
            problems.put("group", "请选择试点分组 / Choose a pilot group");
        }
        String startsField = all ? "allStartsAt" : "startsAt";
        Instant startsAt = parseTime(values.get(startsField), startsField, problems);
        if (!problems.isEmpty()) {
            show(request, response, callback, 400, new View(values, problems, null));
            return;
        }
        long v = Long.parseLong(version);
        if (startsAt != null) {
            long id;
            try {
                id = rollouts.schedule(
                        session.user().username(), v, all ? null : values.get("group"), startsAt, clock.instant());
            } catch (IllegalArgumentException e) {
                show(request, response, callback, 400, new View(values, Map.of(startsField, e.getMessage()), null));
                return;
            }
            Http.redirect(response, callback, "/content?scheduled=" + id + "#schedules");
            return;
        }
        String to;
        if (all) {
            rollouts.toAll(session.user().username(), v);
            to = "*";
        } else {
            rollouts.toGroup(session.user().username(), v, values.get("group"));
            to = values.get("group");
        }
        Http.redirect(
                response, callback, "/content?rolledOut=" + v + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
    }

    private void cancelSchedule(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        if (rollouts == null) {
            throw new HttpError(503, "本平台没有配置内容目录 / this hub has no content folder");
        }
        long id = Long.parseLong(path.group(1));
        try {
            rollouts.cancel(session.user().username(), id, clock.instant());
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 409, new View(Map.of(), Map.of("schedules", e.getMessage()), null));
            return;
        }
        Http.redirect(response, callback, "/content?cancelled=" + id + "#schedules");
    }

    /** Deletes a version nobody needs; one still in use is refused with every reason (409). */
    private void delete(Request request, Response response, Callback callback, Matcher path) throws Exception {
        SessionStore.Session session = ConsoleRequest.session(request);
        Access.requireAdmin(session.user());
        if (library == null) {
            throw new HttpError(503, "本平台没有配置内容目录 / this hub has no content folder");
        }
        long version = Long.parseLong(path.group(1));
        try {
            library.delete(session.user().username(), version);
        } catch (IllegalArgumentException e) {
            show(request, response, callback, 409, new View(Map.of(), Map.of("versions", e.getMessage()), null));
            return;
        }
        Http.redirect(response, callback, "/content?deleted=" + version + "#versions");
    }

    /** A {@code datetime-local} value in the county's time, or null when blank (then the rollout is immediate). */
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
