package org.legalkiosk.hub.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;

/**
 * Offices, services and the terminals that serve each office, as the county admin edits them. Every change is in
 * the audit log with the old and the new value, written in the change's transaction.
 */
public final class OfficeStore {

    /** As the kiosk's ScheduleReader: no dot, so slot ids ({@code office.service.date.time}) stay unique. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    /** A terminal serving an office, with its share of every slot's capacity. */
    public record Assignment(String officeId, String terminalId, String terminalName, int weight) {}

    private final DataSource db;

    public OfficeStore(DataSource db) {
        this.db = db;
    }

    public void putOffice(String actor, ScheduledOffice office) {
        requireId("office", office.id());
        Transactions.inTransaction(db, "save an office", c -> {
            String old = ScheduleReads.office(c, office.id()).stream()
                    .findFirst()
                    .map(OfficeStore::describe)
                    .orElse("(new)");
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_offices (id, name, address, phone, hours, township, book_ahead_days, release_hours)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                        phone = excluded.phone, hours = excluded.hours, township = excluded.township,
                        book_ahead_days = excluded.book_ahead_days, release_hours = excluded.release_hours""")) {
                ScheduleReads.bind(
                        upsert,
                        office.id(),
                        office.office().name(),
                        office.office().address(),
                        office.office().phone(),
                        office.office().hours(),
                        office.township(),
                        office.bookAheadDays(),
                        office.releaseHours());
                upsert.executeUpdate();
            }
            AuditLog.record(c, actor, "office.put", office.id(), old + " → " + describe(office));
            return null;
        });
    }

    public void putService(String actor, Service service) {
        requireId("service", service.id());
        if (service.nameZh().isBlank()
                || service.nameZh().length() > 40
                || service.nameEn().isBlank()
                || service.nameEn().length() > 80) {
            throw new IllegalArgumentException("服务名称：中文 1–40 字，英文 1–80 字 / names: 1-40 and 1-80 characters");
        }
        Transactions.inTransaction(db, "save a service", c -> {
            String old = ScheduleReads.services(c).stream()
                    .filter(s -> s.id().equals(service.id()))
                    .findFirst()
                    .map(s -> s.nameZh() + " / " + s.nameEn())
                    .orElse("(new)");
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_services (id, name_zh, name_en) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en""")) {
                ScheduleReads.bind(upsert, service.id(), service.nameZh(), service.nameEn());
                upsert.executeUpdate();
            }
            AuditLog.record(
                    c, actor, "service.put", service.id(), old + " → " + service.nameZh() + " / " + service.nameEn());
            return null;
        });
    }

    /** Makes the terminal serve the office with this weight (1–100), or changes its weight. */
    public void assign(String actor, String officeId, String terminalId, int weight) {
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("份额为 1–100 / the weight is 1 to 100, not " + weight);
        }
        Transactions.inTransaction(db, "assign a terminal", c -> {
            Integer old = weight(c, officeId, terminalId);
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_office_terminals (office_id, terminal_id, weight) VALUES (?, ?, ?)
                    ON CONFLICT (office_id, terminal_id) DO UPDATE SET weight = excluded.weight""")) {
                ScheduleReads.bind(upsert, officeId, terminalId, weight);
                upsert.executeUpdate();
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("没有此办公点或终端 / no such office or terminal");
                }
                throw e;
            }
            AuditLog.record(
                    c,
                    actor,
                    "office.terminal",
                    officeId,
                    terminalId + " 份额 " + (old == null ? "(none)" : old) + " → " + weight);
            return null;
        });
    }

    /**
     * The terminal no longer serves the office. Its quotas stay counted as held until it reports the schedule without
     * them, so the seats it may have sold offline are never given to another terminal first.
     */
    public void unassign(String actor, String officeId, String terminalId) {
        Transactions.inTransaction(db, "unassign a terminal", c -> {
            Integer old = weight(c, officeId, terminalId);
            if (old == null) {
                return null;
            }
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM sched_office_terminals WHERE office_id = ? AND terminal_id = ?")) {
                ScheduleReads.bind(delete, officeId, terminalId);
                delete.executeUpdate();
            }
            AuditLog.record(c, actor, "office.terminal", officeId, terminalId + " 份额 " + old + " → (removed)");
            return null;
        });
    }

    public List<ScheduledOffice> offices() {
        return read("read offices", c -> ScheduleReads.allOffices(c));
    }

    public Optional<ScheduledOffice> office(String id) {
        return read("read an office", c -> ScheduleReads.office(c, id).stream().findFirst());
    }

    public List<Service> services() {
        return read("read services", ScheduleReads::services);
    }

    public List<Assignment> assignments() {
        return read("read assignments", c -> {
            List<Assignment> list = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT ot.office_id, ot.terminal_id, t.name, ot.weight FROM sched_office_terminals ot
                    JOIN terminals t ON t.id = ot.terminal_id ORDER BY ot.office_id, ot.terminal_id""");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    list.add(new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return list;
        });
    }

    private static Integer weight(Connection c, String officeId, String terminalId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT weight FROM sched_office_terminals WHERE office_id = ? AND terminal_id = ?")) {
            ScheduleReads.bind(q, officeId, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    static String describe(ScheduledOffice o) {
        return o.office().name() + "，" + o.office().address() + "，" + o.office().phone() + "，" + o.township() + "，提前 "
                + o.bookAheadDays() + " 天，回收 " + o.releaseHours() + " 小时";
    }

    static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "编号只能用字母、数字、- 和 _（不超过 40 个）/ a " + what + " id is letters, digits, - and _ (up to 40)");
        }
    }

    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(String what, Read<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException("cannot " + what, e);
        }
    }
}
