package org.legalkiosk.booking.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.SlotExpander;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;

/**
 * Reads the JSON of {@code PUT /api/v1/schedule} (see docs/agent-api.md) into a {@link Schedule}. Strict: unknown
 * fields, missing or mistyped values, references to offices or services the document does not define, duplicate
 * ids, overlapping slots of one office and service, and sizes past the limits are all problems. Every problem found
 * is reported (up to {@link #MAX_PROBLEMS}), each with the path of the value at fault.
 */
public final class ScheduleReader {

    public static final int MAX_OFFICES = 200;
    public static final int MAX_SERVICES = 50;
    public static final int MAX_PLANS = 500;
    public static final int MAX_SLOTS = 5000;
    public static final int MAX_HORIZON_DAYS = 366;
    public static final int MAX_EXCEPTIONS = 400;
    public static final int MAX_BREAKS = 10;
    public static final int MAX_SEATS = WorkingPlan.MAX_SEATS;
    static final int MAX_PROBLEMS = 50;

    /** Office and service ids: no dot, so generated slot ids ({@code office.service.date.time}) stay unique. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    static final Pattern SLOT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Map<String, DayOfWeek> DAYS = new LinkedHashMap<>();

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            DAYS.put(day.name().toLowerCase(Locale.ROOT), day);
        }
    }

    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();

    private ScheduleReader(LocalDate today) {
        this.today = today;
    }

    /** Reads a document given as text. {@code today} is where plans start when the document names no {@code from}. */
    public static Schedule parse(String json, LocalDate today) throws InvalidScheduleException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String first = e.getOriginalMessage() == null
                    ? "unreadable"
                    : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidScheduleException(List.of("$: not valid JSON: " + first));
        }
        return read(root, today);
    }

    /** Reads an already parsed document. */
    public static Schedule read(JsonNode root, LocalDate today) throws InvalidScheduleException {
        return new ScheduleReader(today).document(root);
    }

    private Schedule document(JsonNode root) throws InvalidScheduleException {
        if (root == null || !root.isObject()) {
            throw new InvalidScheduleException(List.of("$: a schedule is a JSON object"));
        }
        onlyFields("", root, "offices", "services", "slots", "plans", "horizonDays", "from");
        List<Office> offices = list(root, "offices", MAX_OFFICES, true, this::office);
        List<Service> services = list(root, "services", MAX_SERVICES, true, this::service);
        Set<String> officeIds = unique("offices", offices, Office::id);
        Set<String> serviceIds = unique("services", services, Service::id);
        if (!root.has("slots") && !root.has("plans")) {
            problem("$", "give slots, plans, or both (an empty list of slots closes every booking)");
        }
        List<Sourced> sources = new ArrayList<>();
        List<Slot> explicit = list(root, "slots", MAX_SLOTS, false, this::slot);
        for (int i = 0; i < explicit.size(); i++) {
            Slot slot = explicit.get(i);
            if (slot != null) {
                checkReferences("slots[" + i + "]", slot.officeId(), slot.serviceId(), officeIds, serviceIds);
                sources.add(new Sourced(slot, "slots[" + i + "]"));
            }
        }
        expandPlans(root, officeIds, serviceIds, sources);
        checkSlotIds(sources);
        checkOverlaps(sources);
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems);
        }
        List<Slot> slots = new ArrayList<>(sources.stream().map(Sourced::slot).toList());
        slots.sort(Comparator.comparing(Slot::start).thenComparing(Slot::id));
        return new Schedule(offices, services, slots);
    }

    /** A slot and where in the document it comes from, for messages. */
    private record Sourced(Slot slot, String source) {}

    private void expandPlans(JsonNode root, Set<String> officeIds, Set<String> serviceIds, List<Sourced> sources) {
        List<WorkingPlan> plans = list(root, "plans", MAX_PLANS, false, this::plan);
        if (!root.has("plans")) {
            if (root.has("horizonDays")) {
                problem("horizonDays", "only means something with plans");
            }
            return;
        }
        Integer horizon = integer(root, "horizonDays", "horizonDays", 1, MAX_HORIZON_DAYS, true);
        LocalDate from = root.has("from") ? date(root.get("from"), "from") : today;
        if (horizon == null || from == null) {
            return;
        }
        LocalDate last = from.plusDays(horizon - 1L);
        for (int i = 0; i < plans.size(); i++) {
            WorkingPlan plan = plans.get(i);
            if (plan == null) {
                continue;
            }
            String path = "plans[" + i + "]";
            checkReferences(path, plan.officeId(), plan.serviceId(), officeIds, serviceIds);
            for (Slot slot : SlotExpander.expand(plan, from, last)) {
                if (sources.size() >= MAX_SLOTS) {
                    problem(
                            path,
                            "the schedule would hold more than " + MAX_SLOTS
                                    + " slots; shorten horizonDays or lengthen the slots");
                    return;
                }
                sources.add(new Sourced(slot, path));
            }
        }
    }

    private Office office(JsonNode node, String path) {
        onlyFields(path, node, "id", "name", "address", "phone", "hours");
        String id = id(node, path, ID);
        String name = text(node, path, "name", 100, true);
        String address = text(node, path, "address", 200, true);
        String phone = text(node, path, "phone", 40, false);
        String hours = text(node, path, "hours", 200, false);
        return id == null || name == null || address == null ? null : new Office(id, name, address, phone, hours);
    }

    private Service service(JsonNode node, String path) {
        onlyFields(path, node, "id", "nameZh", "nameEn");
        String id = id(node, path, ID);
        String zh = text(node, path, "nameZh", 40, true);
        String en = text(node, path, "nameEn", 80, true);
        return id == null || zh == null || en == null ? null : new Service(id, zh, en);
    }

    private Slot slot(JsonNode node, String path) {
        onlyFields(path, node, "id", "office", "service", "start", "end", "seats", "bookBy");
        String id = id(node, path, SLOT_ID);
        String office = text(node, path, "office", 40, true);
        String service = text(node, path, "service", 40, true);
        LocalDateTime start = dateTime(node, path, "start");
        LocalDateTime end = dateTime(node, path, "end");
        Integer seats = integer(node, "seats", path + ".seats", 0, MAX_SEATS, true);
        // Optional: the last moment the slot is offered, when the office wants a minimum notice (decision 0061).
        LocalDateTime bookBy = node.has("bookBy") ? dateTime(node, path, "bookBy") : start;
        if (id == null
                || office == null
                || service == null
                || start == null
                || end == null
                || seats == null
                || bookBy == null) {
            return null;
        }
        if (bookBy.isAfter(start) || bookBy.isBefore(start.minus(WorkingPlan.MAX_MINIMUM_NOTICE))) {
            problem(
                    path + ".bookBy",
                    "must be at most " + WorkingPlan.MAX_MINIMUM_NOTICE.toDays() + " days before start (" + start
                            + ") and not after it");
            return null;
        }
        if (!end.isAfter(start)) {
            problem(path + ".end", "must be after start (" + start + ")");
            return null;
        }
        if (!end.toLocalDate().equals(start.toLocalDate())
                && !end.equals(start.toLocalDate().plusDays(1).atStartOfDay())) {
            problem(path + ".end", "a slot ends on the day it starts");
            return null;
        }
        return new Slot(id, office, service, start, end, seats, bookBy);
    }

    private WorkingPlan plan(JsonNode node, String path) {
        onlyFields(path, node, "office", "service", "slotMinutes", "seats", "weekly", "exceptions", "minNoticeMinutes");
        String office = text(node, path, "office", 40, true);
        String service = text(node, path, "service", 40, true);
        Integer minutes = integer(
                node, "slotMinutes", path + ".slotMinutes", 1, (int) WorkingPlan.MAX_SLOT_LENGTH.toMinutes(), true);
        Integer seats = integer(node, "seats", path + ".seats", 1, MAX_SEATS, true);
        Integer notice = node.has("minNoticeMinutes")
                ? integer(
                        node,
                        "minNoticeMinutes",
                        path + ".minNoticeMinutes",
                        0,
                        (int) WorkingPlan.MAX_MINIMUM_NOTICE.toMinutes(),
                        true)
                : Integer.valueOf(0);
        Map<DayOfWeek, DayHours> weekly = new EnumMap<>(DayOfWeek.class);
        boolean daysOk = true;
        JsonNode week = node.get("weekly");
        if (week == null || !week.isObject()) {
            problem(
                    path + ".weekly",
                    "required: an object of weekdays, e.g. {\"monday\": {\"open\": \"09:00\", \"close\": \"17:00\"}}");
            daysOk = false;
        } else {
            for (Iterator<String> names = week.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                DayOfWeek day = DAYS.get(name);
                if (day == null) {
                    problem(
                            path + ".weekly." + name,
                            "unknown field; weekdays are " + String.join(", ", DAYS.keySet()));
                    daysOk = false;
                    continue;
                }
                DayHours hours = hours(week.get(name), path + ".weekly." + name, Set.of());
                if (hours == null) {
                    daysOk = false;
                } else {
                    weekly.put(day, hours);
                }
            }
        }
        List<PlanException> exceptions =
                list(node, "exceptions", path + ".exceptions", MAX_EXCEPTIONS, false, this::exception);
        if (office == null
                || service == null
                || minutes == null
                || seats == null
                || notice == null
                || !daysOk
                || exceptions.contains(null)) {
            return null;
        }
        try {
            return new WorkingPlan(
                    office,
                    service,
                    Duration.ofMinutes(minutes),
                    seats,
                    weekly,
                    exceptions,
                    Duration.ofMinutes(notice));
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private PlanException exception(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "must be an object with a date");
            return null;
        }
        LocalDate date = node.has("date") ? date(node.get("date"), path + ".date") : null;
        if (!node.has("date")) {
            problem(path + ".date", "required");
        }
        JsonNode closed = node.get("closed");
        if (closed != null) {
            onlyFields(path, node, "date", "closed");
            if (!closed.isBoolean() || !closed.booleanValue()) {
                problem(path + ".closed", "is true for a closed day; give open and close for a day with its own hours");
                return null;
            }
            return date == null ? null : PlanException.closed(date);
        }
        DayHours hours = hours(node, path, Set.of("date"));
        return date == null || hours == null ? null : PlanException.open(date, hours);
    }

    private DayHours hours(JsonNode node, String path, Set<String> alsoAllowed) {
        if (node == null || !node.isObject()) {
            problem(path, "must be an object like {\"open\": \"09:00\", \"close\": \"17:00\", \"breaks\": [...]}");
            return null;
        }
        Set<String> allowed = new HashSet<>(alsoAllowed);
        allowed.addAll(List.of("open", "close", "breaks"));
        onlyFields(path, node, allowed.toArray(String[]::new));
        LocalTime open = time(node, path, "open");
        LocalTime close = time(node, path, "close");
        List<TimeRange> breaks = list(node, "breaks", path + ".breaks", MAX_BREAKS, false, (n, p) -> {
            onlyFields(p, n, "start", "end");
            LocalTime start = time(n, p, "start");
            LocalTime end = time(n, p, "end");
            if (start == null || end == null) {
                return null;
            }
            try {
                return new TimeRange(start, end);
            } catch (IllegalArgumentException e) {
                problem(p, e.getMessage());
                return null;
            }
        });
        if (open == null || close == null || breaks.contains(null)) {
            return null;
        }
        try {
            return new DayHours(open, close, breaks);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private void checkReferences(
            String path, String office, String service, Set<String> officeIds, Set<String> serviceIds) {
        if (!officeIds.contains(office)) {
            problem(path + ".office", "no office with id '" + office + "' in offices");
        }
        if (!serviceIds.contains(service)) {
            problem(path + ".service", "no service with id '" + service + "' in services");
        }
    }

    private void checkSlotIds(List<Sourced> sources) {
        Map<String, String> seen = new HashMap<>();
        for (Sourced entry : sources) {
            String earlier = seen.putIfAbsent(entry.slot().id(), entry.source());
            if (earlier != null) {
                problem(entry.source(), "slot id '" + entry.slot().id() + "' is already used by " + earlier);
            }
        }
    }

    private void checkOverlaps(List<Sourced> sources) {
        Map<String, List<Sourced>> byOfficeAndService = new LinkedHashMap<>();
        for (Sourced entry : sources) {
            byOfficeAndService
                    .computeIfAbsent(
                            entry.slot().officeId() + "/" + entry.slot().serviceId(), k -> new ArrayList<>())
                    .add(entry);
        }
        for (List<Sourced> slots : byOfficeAndService.values()) {
            slots.sort(Comparator.comparing((Sourced e) -> e.slot().start())
                    .thenComparing(e -> e.slot().id()));
            Sourced latest = null;
            for (Sourced entry : slots) {
                Slot slot = entry.slot();
                if (latest != null && slot.start().isBefore(latest.slot().end())) {
                    problem(
                            entry.source(),
                            "slot '" + slot.id() + "' (" + slot.start() + "-"
                                    + slot.end().toLocalTime()
                                    + ") overlaps slot '" + latest.slot().id() + "' of " + latest.source()
                                    + " for the same office and service");
                }
                if (latest == null || slot.end().isAfter(latest.slot().end())) {
                    latest = entry;
                }
            }
        }
    }

    private <T> Set<String> unique(String path, List<T> values, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !ids.add(id.apply(values.get(i)))) {
                problem(path + "[" + i + "].id", "duplicate id '" + id.apply(values.get(i)) + "'");
            }
        }
        return ids;
    }

    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonNode parent, String field, int max, boolean required, Element<T> element) {
        return list(parent, field, field, max, required, element);
    }

    /** The elements of an array field; an element that has problems is null (its problems are recorded). */
    private <T> List<T> list(
            JsonNode parent, String field, String path, int max, boolean required, Element<T> element) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            if (required) {
                problem(path, "required: a list with at least one entry");
            }
            return new ArrayList<>();
        }
        if (!array.isArray()) {
            problem(path, "must be a list");
            return new ArrayList<>();
        }
        if (required && array.isEmpty()) {
            problem(path, "needs at least one entry");
        }
        if (array.size() > max) {
            problem(path, "has " + array.size() + " entries, more than the limit of " + max);
            List<T> refused = new ArrayList<>();
            refused.add(null);
            return refused;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problem(at, "must be an object");
                values.add(null);
            } else {
                values.add(element.read(node, at));
            }
        }
        return values;
    }

    private void onlyFields(String path, JsonNode node, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(join(path, name), "unknown field");
            }
        }
    }

    private String id(JsonNode node, String path, Pattern pattern) {
        String id = text(node, path, "id", 100, true);
        if (id != null && !pattern.matcher(id).matches()) {
            problem(
                    path + ".id",
                    "'" + id + "' is not an id ("
                            + (pattern == ID
                                    ? "1-40 of A-Z a-z 0-9 _ -, starting with a letter or digit"
                                    : "1-100 of A-Z a-z 0-9 . _ -")
                            + ")");
            return null;
        }
        return id;
    }

    private String text(JsonNode node, String path, String field, int maxLength, boolean required) {
        JsonNode value = node.get(field);
        String at = join(path, field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(at, "required");
                return null;
            }
            return "";
        }
        if (!value.isTextual()) {
            problem(at, "must be a string");
            return null;
        }
        String text = value.textValue().strip();
        if (required && text.isEmpty()) {
            problem(at, "must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            problem(at, "is longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    private Integer integer(JsonNode node, String field, String path, int min, int max, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path, "required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path, "must be a whole number");
            return null;
        }
        int n = value.intValue();
        if (n < min || n > max) {
            problem(path, "must be " + min + "-" + max + ", not " + n);
            return null;
        }
        return n;
    }

    private LocalTime time(JsonNode node, String path, String field) {
        String text = text(node, path, field, 5, true);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() != 5) {
                throw new DateTimeParseException("HH:mm", text, 0);
            }
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(join(path, field), "'" + text + "' is not a time like 09:30");
            return null;
        }
    }

    private LocalDateTime dateTime(JsonNode node, String path, String field) {
        String text = text(node, path, field, 19, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(join(path, field), "'" + text + "' is not a local time like 2026-12-01T09:30");
            return null;
        }
    }

    private LocalDate date(JsonNode value, String path) {
        if (!value.isTextual()) {
            problem(path, "must be a date like 2026-12-01");
            return null;
        }
        try {
            return LocalDate.parse(value.textValue());
        } catch (DateTimeParseException e) {
            problem(path, "'" + value.textValue() + "' is not a date like 2026-12-01");
            return null;
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private void problem(String path, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(path + ": " + message);
        }
    }
}
