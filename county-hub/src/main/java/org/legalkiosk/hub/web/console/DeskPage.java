package org.legalkiosk.hub.web.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.SlipCodeReader;
import org.legalkiosk.hub.desk.CancelReason;
import org.legalkiosk.hub.desk.DeskBooking;
import org.legalkiosk.hub.desk.DeskBookings;
import org.legalkiosk.hub.desk.DeskDecision;
import org.legalkiosk.hub.users.SessionStore;
import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.Http;
import org.legalkiosk.hub.web.HttpError;

/**
 * The township office desk: the coming days' bookings per office and service, one booking with its history, the
 * office's decisions (confirm, attended, no-show, cancel with a reason) and notes, check-in by the slip's code and the
 * printable day list. An officer sees their township's bookings only (another's is "not found"); the name and
 * phone are clear to them alone, masked for county admins and auditors (decision 0055). Auditors change nothing.
 */
public final class DeskPage {

    private static final String BOOKING = "/desk/bookings/([a-z0-9][a-z0-9-]{0,63})/([A-Z0-9]{6})";
    private static final int DEFAULT_DAYS = 7;

    /** What the check-in field says about input that is not a booking code, in Chinese and English. */
    private static final Map<SlipCodeReader.Problem, String> CHECK_IN_PROBLEMS = Map.of(
            SlipCodeReader.Problem.EMPTY,
            "请输入或扫描小票上的预约码 / type or scan the code on the slip",
            SlipCodeReader.Problem.TOO_LONG,
            "扫到的不是预约小票上的二维码 / that is not the QR code of a booking slip",
            SlipCodeReader.Problem.NOT_A_SLIP,
            "扫到的不是预约小票上的二维码（可能是付款码或网址），请扫小票上的二维码或输入预约码"
                    + " / that is not a booking slip's QR code (a payment code or a web address?): scan the slip's"
                    + " QR code or type its code",
            SlipCodeReader.Problem.WRONG_LENGTH,
            "预约码应为 6 位，例如 K7Q-3ML；请核对小票 / a booking code has six characters, e.g. K7Q-3ML: check the" + " slip",
            SlipCodeReader.Problem.CHECK_FAILED,
            "预约码有一位不对，请核对小票 / one character of the code is wrong: check the slip");

    private final DeskBookings desk;
    private final Templates templates;
    private final DeskDayList dayList = new DeskDayList();

    public DeskPage(DeskBookings desk, Templates templates) {
        this.desk = desk;
        this.templates = templates;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/desk", "/desk", (rq, rs, cb, m) -> list(rq, rs, cb, 200, null, null)),
                Route.of("GET", "/desk/find", "/desk/find?code=" + DeskExample.CODE, this::find),
                Route.of("GET", "/desk/day\\.pdf", "/desk/day.pdf", this::pdf),
                Route.of(
                        "GET",
                        BOOKING,
                        "/desk/bookings/t-cg/" + DeskExample.CODE,
                        (rq, rs, cb, m) -> show(rq, rs, cb, m.group(1), m.group(2), 200, null)),
                Route.of(
                        "POST",
                        BOOKING + "/decision",
                        "/desk/bookings/t-cg/" + DeskExample.CODE + "/decision",
                        this::decide),
                Route.of("POST", BOOKING + "/note", "/desk/bookings/t-cg/" + DeskExample.CODE + "/note", this::note));
    }

    /** Route examples, for the auth matrix and the docs. */
    public static final class DeskExample {
        public static final String CODE = "K7Q3ML";

        private DeskExample() {}
    }

    private void list(Request request, Response response, Callback callback, int status, String problem, String found) {
        SessionStore.Session session = ConsoleRequest.session(request);
        User user = session.user();
        Fields query = Request.extractQueryParameters(request);
        LocalDate today = desk.today();
        LocalDate from = day(query.getValue("from"), today);
        int days = days(query.getValue("days"));
        List<DeskBooking> bookings = desk.days(from, days, user.townshipScope()).stream()
                .map(b -> b.forViewer(user))
                .toList();
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(user, session.csrfToken(), "预约台", "Office desk", "desk"));
        params.put("days", DeskDay.of(from, days, today, bookings));
        params.put("from", from.toString());
        params.put("previous", from.minusDays(days).toString());
        params.put("next", from.plusDays(days).toString());
        params.put("today", today.toString());
        params.put("problem", problem == null ? "" : problem);
        params.put("code", found == null ? "" : found);
        params.put("flash", flash(query.getValue("done")));
        Http.html(response, callback, status, templates.render("desk.jte", params));
    }

    /**
     * Check-in: what a USB QR scanner typed into the field (the slip's QR payload, with whatever prefix, suffix or
     * input-method quirks the scanner adds) or what the officer typed; {@link SlipCodeReader} takes the code out of it
     * and says what is wrong with anything else.
     */
    private void find(Request request, Response response, Callback callback, Matcher path) {
        User user = ConsoleRequest.session(request).user();
        String typed = Request.extractQueryParameters(request).getValue("code");
        SlipCodeReader.Reading reading = SlipCodeReader.read(typed);
        if (!reading.ok()) {
            // A mistyped code stays in the field to be corrected; another QR code is cleared, so the next scan
            // does not land after it.
            boolean typo = reading.problem() == SlipCodeReader.Problem.WRONG_LENGTH
                    || reading.problem() == SlipCodeReader.Problem.CHECK_FAILED;
            String shown = typo ? typed.strip() : "";
            list(request, response, callback, 400, CHECK_IN_PROBLEMS.get(reading.problem()), shown);
            return;
        }
        String code = reading.code();
        List<DeskBooking> matches = desk.byCode(code, user.townshipScope());
        if (matches.isEmpty()) {
            list(
                    request,
                    response,
                    callback,
                    404,
                    "没有找到预约 " + BookingCode.format(code)
                            + "：可能是别的乡镇的预约，或终端还没上传 / no booking " + BookingCode.format(code)
                            + " here: another township's, or not yet delivered by its terminal",
                    ""); // the message names the code; an empty field takes the next scan

            return;
        }
        // The newest first: a code two terminals both made is rare, and the page of the newest shows its terminal.
        Http.redirect(response, callback, matches.get(0).path() + "?checkin=1");
    }

    private DeskBooking visible(User user, String terminalId, String code) {
        return desk.find(terminalId, code, user.townshipScope())
                .orElseThrow(() -> new HttpError(404, "没有此预约 / no such booking"));
    }

    private void show(
            Request request,
            Response response,
            Callback callback,
            String terminalId,
            String code,
            int status,
            String problem) {
        SessionStore.Session session = ConsoleRequest.session(request);
        User user = session.user();
        DeskBooking booking = visible(user, terminalId, code).forViewer(user);
        Fields query = Request.extractQueryParameters(request);
        Map<String, Object> params = new HashMap<>();
        params.put(
                "page",
                new Page(
                        user,
                        session.csrfToken(),
                        "预约 " + booking.shownCode(),
                        "Booking " + booking.shownCode(),
                        "desk"));
        params.put("b", booking);
        params.put("history", desk.history(terminalId, code));
        params.put("reasons", List.of(CancelReason.values()));
        params.put("canAct", user.canChange());
        params.put("checkin", query.getValue("checkin") != null);
        params.put("flash", flash(query.getValue("done")));
        params.put("problem", problem == null ? "" : problem);
        Http.html(response, callback, status, templates.render("desk_booking.jte", params));
    }

    private void decide(Request request, Response response, Callback callback, Matcher path) {
        User user = ConsoleRequest.session(request).user();
        DeskBooking booking = visible(user, path.group(1), path.group(2));
        Access.requireActOnTerminal(user, booking.township());
        Map<String, List<String>> form = ConsoleRequest.form(request);
        DeskDecision decision = DeskDecision.parse(Http.first(form, "decision"))
                .orElseThrow(() -> new HttpError(400, "未知的操作 / unknown decision"));
        String reason = null;
        try {
            if (decision == DeskDecision.CANCELLED) {
                CancelReason chosen = CancelReason.parse(Http.first(form, "reason"))
                        .orElseThrow(() -> new IllegalArgumentException("请选择取消原因 / choose why it is cancelled"));
                reason = chosen.withExtra(Http.first(form, "reasonText"));
            }
            desk.decide(user, booking.terminalId(), booking.code(), decision, reason);
        } catch (IllegalArgumentException | IllegalStateException e) {
            show(request, response, callback, booking.terminalId(), booking.code(), 400, e.getMessage());
            return;
        } catch (NoSuchElementException e) {
            throw new HttpError(404, "没有此预约 / no such booking");
        }
        String back = Http.first(form, "back");
        Http.redirect(
                response,
                callback,
                "list".equals(back)
                        ? "/desk?from=" + slotDay(booking) + "&done=" + decision.name() + "#b-" + booking.code()
                        : booking.path() + "?done=" + decision.name());
    }

    private void note(Request request, Response response, Callback callback, Matcher path) {
        User user = ConsoleRequest.session(request).user();
        DeskBooking booking = visible(user, path.group(1), path.group(2));
        Access.requireActOnTerminal(user, booking.township());
        try {
            desk.note(user, booking.terminalId(), booking.code(), Http.first(ConsoleRequest.form(request), "note"));
        } catch (IllegalArgumentException e) {
            show(request, response, callback, booking.terminalId(), booking.code(), 400, e.getMessage());
            return;
        }
        Http.redirect(response, callback, booking.path() + "?done=NOTE");
    }

    private void pdf(Request request, Response response, Callback callback, Matcher path) {
        SessionStore.Session session = ConsoleRequest.session(request);
        User user = session.user();
        LocalDate day = day(Request.extractQueryParameters(request).getValue("day"), desk.today());
        List<DeskBooking> bookings = desk.days(day, 1, user.townshipScope()).stream()
                .map(b -> b.forViewer(user))
                .toList();
        byte[] pdf = dayList.render(DeskDay.of(day, 1, desk.today(), bookings).get(0), user);
        // Names and phones: never cached on the county's shared PCs, and saved under a name that says the day.
        response.getHeaders().put("Cache-Control", "no-store");
        response.getHeaders().put("Content-Disposition", "inline; filename=\"desk-" + day + ".pdf\"");
        Http.send(response, callback, 200, "application/pdf", pdf);
    }

    private static String slotDay(DeskBooking booking) {
        return booking.slotStart() == null
                ? ""
                : booking.slotStart().toLocalDate().toString();
    }

    private static LocalDate day(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, "日期应为 2026-12-02 这样的格式 / a date is written 2026-12-02");
        }
    }

    private static int days(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 31) {
                return days;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new HttpError(400, "天数应为 1 到 31 / days must be 1 to 31");
    }

    /** What the page says after an action, or empty. */
    private static String flash(String done) {
        if (done == null) {
            return "";
        }
        if (done.equals("NOTE")) {
            return "已添加备注 / note added";
        }
        return DeskDecision.parse(done)
                .map(d -> "已记录：" + d.doneZh() + " / recorded: " + d.doneEn().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }
}
