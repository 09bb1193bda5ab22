package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.schedule.InvalidScheduleException;
import org.legalkiosk.booking.store.ExportPage;
import org.legalkiosk.booking.store.ScheduleResult;
import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.agent.terminal.BookingAdmin;
import org.legalkiosk.kiosk.store.Role;
import org.legalkiosk.personal.IdNumbers;
import org.legalkiosk.personal.PhoneNumbers;

/**
 * {@code PUT /api/v1/schedule} (publisher), {@code GET /api/v1/bookings?since=CURSOR&limit=N} (viewer; ID numbers,
 * phones and names masked and notes left out unless the caller is admin) and
 * {@code POST /api/v1/bookings/{code}/state} (publisher, the office's decisions). A kiosk without bookings answers
 * 501 once the input has been checked.
 */
public final class BookingEndpoints {

    public static final String STATE_PREFIX = "/api/v1/bookings/";
    /** A schedule with thousands of explicit slots is larger than other JSON bodies. */
    static final int SCHEDULE_SIZE_FACTOR = 16;

    static final int DEFAULT_LIMIT = 100;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern STATE_PATH = Pattern.compile("([A-Za-z0-9-]{1,12})/state");
    private static final Set<BookingState> OFFICE_DECISIONS =
            Set.of(BookingState.ATTENDED, BookingState.NO_SHOW, BookingState.REJECTED);
    private static final int MAX_AUDIT_DETAIL = 500;

    private final BookingAdmin bookings;
    private final int maxJsonBytes;

    public BookingEndpoints(BookingAdmin bookings, int maxJsonBytes) {
        this.bookings = bookings;
        this.maxJsonBytes = maxJsonBytes;
    }

    private record StateChange(String state) {}

    public Reply schedule(Exchange ex) throws ApiException, IOException {
        JsonNode body = ex.jsonBody(JsonNode.class, maxJsonBytes * SCHEDULE_SIZE_FACTOR);
        if (!body.isObject()) {
            throw ApiException.badRequest("a schedule is a JSON object");
        }
        try {
            ScheduleResult result = bookings.putSchedule(body);
            ex.audit("schedule loaded: " + result.offices() + " offices, " + result.services() + " services, "
                    + result.slots() + " slots; " + result.keptSlots().size() + " slots kept for confirmed bookings");
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("offices", result.offices());
            json.put("services", result.services());
            json.put("slots", result.slots());
            json.put(
                    "keptSlots",
                    result.keptSlots().stream()
                            .map(k -> Map.of(
                                    "id",
                                    k.slotId(),
                                    "booked",
                                    k.booked(),
                                    "capacity",
                                    k.capacity(),
                                    "reason",
                                    k.reason().name().toLowerCase(Locale.ROOT)))
                            .toList());
            json.put("keptOffices", result.keptOffices());
            json.put("keptServices", result.keptServices());
            return Reply.ok(json);
        } catch (InvalidScheduleException e) {
            ex.audit(clip("schedule refused: " + e.getMessage()));
            throw new ApiException(422, "invalid_schedule", e.getMessage());
        } catch (UnsupportedOperationException e) {
            ex.audit("schedule refused: bookings not available");
            throw notImplemented();
        }
    }

    public Reply export(Exchange ex) throws ApiException {
        Optional<String> since = ex.query("since");
        if (since.isPresent() && !CURSOR.matcher(since.get()).matches()) {
            throw ApiException.badRequest("since must be a cursor from an earlier answer (1-128 of A-Z a-z 0-9 _ -)");
        }
        int limit = DEFAULT_LIMIT;
        if (ex.query("limit").isPresent()) {
            try {
                limit = Integer.parseInt(ex.query("limit").get());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > ExportPage.MAX_LIMIT) {
                throw ApiException.badRequest("limit must be 1-" + ExportPage.MAX_LIMIT);
            }
        }
        boolean clear = ex.token().map(t -> t.role().includes(Role.ADMIN)).orElse(false);
        ExportPage page;
        try {
            page = bookings.export(since.orElse(null), limit);
        } catch (UnsupportedOperationException e) {
            throw notImplemented();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_cursor", e.getMessage());
        }
        if (clear) {
            ex.audit("exported " + page.bookings().size() + " bookings with personal data in clear");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "bookings",
                page.bookings().stream().map(entry -> entry(entry, clear)).toList());
        json.put("next", page.next());
        json.put("more", page.more());
        json.put("masked", !clear);
        return Reply.ok(json);
    }

    public Reply decide(Exchange ex) throws ApiException, IOException {
        Matcher path = STATE_PATH.matcher(ex.path().substring(STATE_PREFIX.length()));
        if (!path.matches()) {
            throw new ApiException(404, "not_found", "no such endpoint: use " + STATE_PREFIX + "{code}/state");
        }
        StateChange request = ex.jsonBody(StateChange.class, maxJsonBytes);
        BookingState target = officeDecision(request.state());
        Optional<String> code = BookingCode.parse(path.group(1));
        if (code.isEmpty()) {
            throw unknownBooking(path.group(1));
        }
        try {
            Booking booking = bookings.recordOfficeDecision(code.get(), target);
            ex.audit("booking " + BookingCode.format(booking.code()) + " is " + booking.state());
            boolean clear = ex.token().map(t -> t.role().includes(Role.ADMIN)).orElse(false);
            return Reply.ok(booking(booking, clear));
        } catch (UnsupportedOperationException e) {
            throw notImplemented();
        } catch (NoSuchElementException e) {
            throw unknownBooking(path.group(1));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "invalid_transition", e.getMessage());
        }
    }

    private static BookingState officeDecision(String state) throws ApiException {
        String wanted = state == null ? "" : state.trim().toUpperCase(Locale.ROOT);
        for (BookingState s : OFFICE_DECISIONS) {
            if (s.name().equals(wanted)) {
                return s;
            }
        }
        throw new ApiException(400, "invalid_state", "state must be ATTENDED, NO_SHOW or REJECTED");
    }

    private static Map<String, Object> entry(ExportPage.Entry entry, boolean clear) {
        Map<String, Object> json = booking(entry.booking(), clear);
        json.put(
                "slot",
                entry.slot()
                        .map(slot -> {
                            Map<String, Object> s = new LinkedHashMap<>();
                            s.put("office", slot.officeId());
                            s.put("service", slot.serviceId());
                            s.put("start", slot.start().toString());
                            s.put("end", slot.end().toString());
                            return s;
                        })
                        .orElse(null));
        return json;
    }

    /**
     * A booking as JSON. Below admin, the ID number and phone are masked, the name keeps only its first character,
     * and the free-text note is left out (it may hold anything a visitor typed).
     */
    private static Map<String, Object> booking(Booking booking, boolean clear) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", booking.code());
        json.put("state", booking.state().name());
        json.put("created", booking.created().toString());
        json.put("slotId", booking.slotId());
        json.put("matter", booking.matter());
        json.put("name", clear ? booking.name() : maskName(booking.name()));
        json.put("idNumber", clear ? booking.idNumber() : IdNumbers.mask(booking.idNumber()));
        json.put("phone", clear ? booking.phone() : PhoneNumbers.mask(booking.phone()));
        json.put("note", clear ? booking.note() : null);
        return json;
    }

    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    private static ApiException unknownBooking(String code) {
        return new ApiException(404, "not_found", "no booking with code " + code);
    }

    private static ApiException notImplemented() {
        return new ApiException(501, "not_implemented", "bookings are not available on this kiosk");
    }

    private static String clip(String text) {
        return text.length() <= MAX_AUDIT_DETAIL ? text : text.substring(0, MAX_AUDIT_DETAIL) + "…";
    }
}
