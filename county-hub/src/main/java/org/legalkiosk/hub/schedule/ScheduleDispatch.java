package org.legalkiosk.hub.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.domain.SlotExpander;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.hub.protocol.ScheduleReport;
import org.legalkiosk.hub.protocol.TerminalSchedule;

/**
 * A terminal's schedule for its heartbeat reply: takes its acknowledgement of the last version, recomputes its quota
 * of every slot of the offices it serves ({@link QuotaAllocator}), and returns the schedule document when it differs
 * from what the terminal reports having (else null: most replies carry no schedule). Runs inside the heartbeat's
 * transaction and locks the terminal's offices first, so two terminals of one office reporting at the same moment
 * are allocated one after the other and can never both take the same free seat.
 */
public final class ScheduleDispatch {

    /** Every office in a Chinese county keeps Beijing time; slots are wall-clock times there. */
    public static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    /** Keeps a reply under the kiosk's 256 KiB limit (a slot is about 110 bytes of JSON). */
    public static final int MAX_SLOTS_PER_TERMINAL = 1500;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schedule for this heartbeat, or null when the terminal has it already or serves no office. */
    public TerminalSchedule forHeartbeat(Connection c, String terminalId, ScheduleReport report, Instant now)
            throws SQLException {
        if (report == null) {
            return null; // a kiosk that keeps no bookings, or one older than hub schedules
        }
        long[] sent = sentVersion(c, terminalId);
        List<ScheduledOffice> offices = ScheduleReads.servedBy(c, terminalId);
        if (offices.isEmpty() && sent == null) {
            return null;
        }
        lock(c, offices);
        if (sent != null && report.version() == sent[0] && report.version() > sent[1]) {
            acknowledge(c, terminalId, report);
        }
        LocalDateTime localNow = LocalDateTime.ofInstant(now, COUNTY_ZONE);
        LocalDate today = localNow.toLocalDate();
        deletePast(c, terminalId, today);
        List<Slot> slots = new ArrayList<>();
        for (ScheduledOffice office : offices) {
            slots.addAll(allocate(c, terminalId, office, localNow, now));
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparing(Slot::id));
        if (slots.size() > MAX_SLOTS_PER_TERMINAL) {
            slots = slots.subList(0, MAX_SLOTS_PER_TERMINAL);
        }
        // An office the terminal no longer serves stays listed (with no slots) while the terminal may hold its seats:
        // the kiosk's reader wants at least one office and one service, and the closed office's bookings keep their
        // place. A terminal never sent anything and serving nothing got no schedule above.
        List<ScheduledOffice> listed = new ArrayList<>(offices);
        listed.addAll(ScheduleReads.formerlyServedBy(c, terminalId, Timestamp.valueOf(today.atStartOfDay())));
        List<Service> services = ScheduleReads.services(c);
        if (listed.isEmpty() || services.isEmpty()) {
            return null;
        }
        ObjectNode document = document(listed, services, slots);
        byte[] hash = sha256(document);
        long version;
        if (sent == null) {
            version = 1;
            saveVersion(c, terminalId, version, hash, true);
        } else if (!Arrays.equals(hash, sentHash(c, terminalId))) {
            version = sent[0] + 1;
            saveVersion(c, terminalId, version, hash, false);
        } else {
            version = sent[0];
        }
        return report.version() == version ? null : new TerminalSchedule(version, document);
    }

    /** This terminal's slots of one office, each with its quota, written to sched_quotas. */
    private static List<Slot> allocate(
            Connection c, String terminalId, ScheduledOffice office, LocalDateTime now, Instant instant)
            throws SQLException {
        LocalDate first = now.toLocalDate();
        LocalDate last = first.plusDays(office.bookAheadDays() - 1L);
        List<CalendarDay> calendar = ScheduleReads.calendar(c, first, last);
        List<QuotaAllocator.Holder> base = holders(c, office.id(), terminalId, instant);
        List<String> ids = base.stream().map(QuotaAllocator.Holder::terminalId).toList();
        Map<String, Integer> held = held(c, office.id(), first);
        Map<String, Integer> booked = BookedSeats.of(c, ids, office.id());
        List<Slot> mine = new ArrayList<>();
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO sched_quotas (terminal_id, slot_id, office_id, starts_at, quota, held)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (terminal_id, slot_id) DO UPDATE SET quota = excluded.quota,
                    held = greatest(sched_quotas.held, excluded.quota)""")) {
            for (WorkingPlan plan : ScheduleReads.plans(c, List.of(office.id()))) {
                WorkingPlan full = CalendarPlans.withCalendar(plan, calendar, first, last);
                for (Slot slot : SlotExpander.expand(full, first, last)) {
                    List<QuotaAllocator.Holder> holders = new ArrayList<>();
                    for (QuotaAllocator.Holder h : base) {
                        String key = h.terminalId() + " " + slot.id();
                        holders.add(new QuotaAllocator.Holder(
                                h.terminalId(),
                                h.weight(),
                                h.online(),
                                held.getOrDefault(key, 0),
                                booked.getOrDefault(key, 0)));
                    }
                    boolean pooled = !now.isBefore(slot.start().minusHours(office.releaseHours()));
                    int quota = QuotaAllocator.quota(slot.capacity(), pooled, holders, terminalId);
                    upsert.setString(1, terminalId);
                    upsert.setString(2, slot.id());
                    upsert.setString(3, office.id());
                    upsert.setTimestamp(4, Timestamp.valueOf(slot.start()));
                    upsert.setInt(5, quota);
                    upsert.setInt(6, quota);
                    upsert.addBatch();
                    mine.add(slot.withCapacity(quota));
                }
            }
            upsert.executeBatch();
        }
        return mine;
    }

    /** Every terminal serving the office, in id order, with its weight and whether it is online now. */
    private static List<QuotaAllocator.Holder> holders(Connection c, String officeId, String reporting, Instant now)
            throws SQLException {
        List<QuotaAllocator.Holder> holders = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT ot.terminal_id, ot.weight,
                    coalesce(s.received_at > ?::timestamptz - make_interval(secs => g.offline_after_seconds), false)
                FROM sched_office_terminals ot
                JOIN terminals t ON t.id = ot.terminal_id
                JOIN terminal_groups g ON g.name = t.group_name
                LEFT JOIN terminal_status s ON s.terminal_id = ot.terminal_id
                WHERE ot.office_id = ? ORDER BY ot.terminal_id""")) {
            q.setTimestamp(1, Timestamp.from(now));
            q.setString(2, officeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    holders.add(new QuotaAllocator.Holder(
                            id, rs.getInt(2), id.equals(reporting) || rs.getBoolean(3), 0, 0));
                }
            }
        }
        return holders;
    }

    private static Map<String, Integer> held(Connection c, String officeId, LocalDate first) throws SQLException {
        Map<String, Integer> held = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT terminal_id, slot_id, held FROM sched_quotas WHERE office_id = ? AND starts_at >= ?")) {
            q.setString(1, officeId);
            q.setTimestamp(2, Timestamp.valueOf(first.atStartOfDay()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return held;
    }

    /**
     * The terminal applied the version last sent: it can now sell exactly that version's quotas, or more where its
     * store kept seats for bookings the hub may not have heard of yet.
     */
    private static void acknowledge(Connection c, String terminalId, ScheduleReport report) throws SQLException {
        try (PreparedStatement reset =
                c.prepareStatement("UPDATE sched_quotas SET held = quota WHERE terminal_id = ?")) {
            reset.setString(1, terminalId);
            reset.executeUpdate();
        }
        try (PreparedStatement kept = c.prepareStatement(
                "UPDATE sched_quotas SET held = greatest(quota, ?) WHERE terminal_id = ? AND slot_id = ?")) {
            for (ScheduleReport.KeptSeats seats : report.kept()) {
                kept.setInt(1, seats.seats());
                kept.setString(2, terminalId);
                kept.setString(3, seats.slotId());
                kept.addBatch();
            }
            kept.executeBatch();
        }
        try (PreparedStatement ack =
                c.prepareStatement("UPDATE sched_terminal_versions SET acked_version = ? WHERE terminal_id = ?")) {
            ack.setLong(1, report.version());
            ack.setString(2, terminalId);
            ack.executeUpdate();
        }
    }

    private static void deletePast(Connection c, String terminalId, LocalDate today) throws SQLException {
        try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM sched_quotas WHERE terminal_id = ? AND starts_at < ?")) {
            delete.setString(1, terminalId);
            delete.setTimestamp(2, Timestamp.valueOf(today.atStartOfDay()));
            delete.executeUpdate();
        }
    }

    private static void lock(Connection c, List<ScheduledOffice> offices) throws SQLException {
        try (PreparedStatement lock =
                c.prepareStatement("SELECT id FROM sched_offices WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
            lock.setArray(
                    1,
                    c.createArrayOf(
                            "text", offices.stream().map(ScheduledOffice::id).toArray()));
            lock.executeQuery().close();
        }
    }

    /** {sent_version, acked_version}, or null before the terminal was sent any schedule. */
    private static long[] sentVersion(Connection c, String terminalId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT sent_version, acked_version FROM sched_terminal_versions WHERE terminal_id = ?")) {
            q.setString(1, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
    }

    private static byte[] sentHash(Connection c, String terminalId) throws SQLException {
        try (PreparedStatement q =
                c.prepareStatement("SELECT sent_sha256 FROM sched_terminal_versions WHERE terminal_id = ?")) {
            q.setString(1, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static void saveVersion(Connection c, String terminalId, long version, byte[] hash, boolean first)
            throws SQLException {
        try (PreparedStatement save = c.prepareStatement(
                first
                        ? "INSERT INTO sched_terminal_versions (sent_version, sent_sha256, terminal_id) VALUES (?, ?, ?)"
                        : "UPDATE sched_terminal_versions SET sent_version = ?, sent_sha256 = ? WHERE terminal_id = ?")) {
            save.setLong(1, version);
            save.setBytes(2, hash);
            save.setString(3, terminalId);
            save.executeUpdate();
        }
    }

    /** The document in the format of the kiosk's {@code ScheduleReader}, only the services the slots use. */
    static ObjectNode document(List<ScheduledOffice> offices, List<Service> services, List<Slot> slots) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode officeNodes = root.putArray("offices");
        for (ScheduledOffice o : offices) {
            officeNodes
                    .addObject()
                    .put("id", o.id())
                    .put("name", o.office().name())
                    .put("address", o.office().address())
                    .put("phone", o.office().phone())
                    .put("hours", o.office().hours());
        }
        Map<String, Service> used = new LinkedHashMap<>();
        for (Service s : services) {
            if (slots.stream().anyMatch(slot -> slot.serviceId().equals(s.id()))) {
                used.put(s.id(), s);
            }
        }
        if (used.isEmpty()) {
            used.put(services.get(0).id(), services.get(0)); // the reader wants one; no slot refers to it
        }
        ArrayNode serviceNodes = root.putArray("services");
        for (Service s : used.values()) {
            serviceNodes.addObject().put("id", s.id()).put("nameZh", s.nameZh()).put("nameEn", s.nameEn());
        }
        ArrayNode slotNodes = root.putArray("slots");
        for (Slot slot : slots) {
            ObjectNode node = slotNodes
                    .addObject()
                    .put("id", slot.id())
                    .put("office", slot.officeId())
                    .put("service", slot.serviceId())
                    .put("start", slot.start().toString())
                    .put("end", slot.end().toString())
                    .put("seats", slot.capacity());
            if (!slot.bookBy().equals(slot.start())) {
                // Only with a minimum notice (decision 0061): the kiosk stops offering the slot then, offline too.
                node.put("bookBy", slot.bookBy().toString());
            }
        }
        return root;
    }

    private static byte[] sha256(ObjectNode document) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(document.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
