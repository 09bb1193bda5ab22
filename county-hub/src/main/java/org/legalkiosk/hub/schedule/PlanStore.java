package org.legalkiosk.hub.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.booking.domain.DayHours;
import org.legalkiosk.booking.domain.PlanException;
import org.legalkiosk.booking.domain.TimeRange;
import org.legalkiosk.booking.domain.WorkingPlan;
import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;

/**
 * Working plans (slot length, capacity per slot, hours per weekday with a break) and their exceptions by date, as
 * the county admin edits them; the booking module's {@link WorkingPlan} checks every rule before anything is written.
 * Every change is in the audit log with the old and the new value.
 */
public final class PlanStore {

    /** The console offers one break per day; the domain allows more. */
    public static final int MAX_BREAKS_PER_DAY = 1;

    private final DataSource db;

    public PlanStore(DataSource db) {
        this.db = db;
    }

    /** Replaces the plan's slot length, seats, minimum notice and week; its exceptions by date stay as they are. */
    public void put(String actor, WorkingPlan plan) {
        for (DayHours hours : plan.weekly().values()) {
            if (hours.breaks().size() > MAX_BREAKS_PER_DAY) {
                throw new IllegalArgumentException("每天最多一段休息 / at most one break a day");
            }
        }
        Transactions.inTransaction(db, "save a working plan", c -> {
            String old = plan(c, plan.officeId(), plan.serviceId())
                    .map(PlanStore::describe)
                    .orElse("(new)");
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_plans (office_id, service_id, slot_minutes, seats, min_notice_minutes)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (office_id, service_id) DO UPDATE SET slot_minutes = excluded.slot_minutes,
                        seats = excluded.seats, min_notice_minutes = excluded.min_notice_minutes""")) {
                ScheduleReads.bind(
                        upsert,
                        plan.officeId(),
                        plan.serviceId(),
                        (int) plan.slotLength().toMinutes(),
                        plan.seatsPerSlot(),
                        (int) plan.minimumNotice().toMinutes());
                upsert.executeUpdate();
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("没有此办公点或服务 / no such office or service");
                }
                if ("23514".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("每段 5–480 分钟 / slots are 5 to 480 minutes");
                }
                throw e;
            }
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM sched_plan_days WHERE office_id = ? AND service_id = ?")) {
                ScheduleReads.bind(delete, plan.officeId(), plan.serviceId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO sched_plan_days (office_id, service_id, weekday, opens, closes, break_start, break_end)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Map.Entry<DayOfWeek, DayHours> day : plan.weekly().entrySet()) {
                    DayHours hours = day.getValue();
                    TimeRange pause =
                            hours.breaks().isEmpty() ? null : hours.breaks().get(0);
                    ScheduleReads.bind(
                            insert,
                            plan.officeId(),
                            plan.serviceId(),
                            day.getKey().getValue(),
                            Time.valueOf(hours.open()),
                            Time.valueOf(hours.close()),
                            pause == null ? null : Time.valueOf(pause.start()),
                            pause == null ? null : Time.valueOf(pause.end()));
                    insert.executeUpdate();
                }
            }
            AuditLog.record(
                    c, actor, "plan.put", plan.officeId() + "/" + plan.serviceId(), old + " → " + describe(plan));
            return null;
        });
    }

    /** Adds or replaces the plan's exception on that date (checked against the plan: its hours must hold a slot). */
    public void putException(String actor, String officeId, String serviceId, PlanException exception) {
        if (exception.hours().map(h -> !h.breaks().isEmpty()).orElse(false)) {
            throw new IllegalArgumentException("例外日不设休息，请分两段 / an exception day has no break");
        }
        Transactions.inTransaction(db, "save an exception", c -> {
            WorkingPlan plan = plan(c, officeId, serviceId)
                    .orElseThrow(() -> new IllegalArgumentException("没有此服务安排 / no such plan"));
            Optional<PlanException> old = plan.exceptions().stream()
                    .filter(e -> e.date().equals(exception.date()))
                    .findFirst();
            List<PlanException> others = plan.exceptions().stream()
                    .filter(e -> !e.date().equals(exception.date()))
                    .toList();
            List<PlanException> all = new java.util.ArrayList<>(others);
            all.add(exception);
            new WorkingPlan(officeId, serviceId, plan.slotLength(), plan.seatsPerSlot(), plan.weekly(), all);
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO sched_plan_exceptions (office_id, service_id, day, opens, closes) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (office_id, service_id, day) DO UPDATE SET opens = excluded.opens,
                        closes = excluded.closes""")) {
                ScheduleReads.bind(
                        upsert,
                        officeId,
                        serviceId,
                        exception.date(),
                        exception.hours().map(h -> Time.valueOf(h.open())).orElse(null),
                        exception.hours().map(h -> Time.valueOf(h.close())).orElse(null));
                upsert.executeUpdate();
            }
            AuditLog.record(
                    c,
                    actor,
                    "plan.exception",
                    officeId + "/" + serviceId,
                    exception.date() + ": " + old.map(PlanStore::describe).orElse("(none)") + " → "
                            + describe(exception));
            return null;
        });
    }

    public void removeException(String actor, String officeId, String serviceId, LocalDate day) {
        Transactions.inTransaction(db, "remove an exception", c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM sched_plan_exceptions WHERE office_id = ? AND service_id = ? AND day = ?"
                            + " RETURNING opens, closes")) {
                ScheduleReads.bind(delete, officeId, serviceId, day);
                try (var rs = delete.executeQuery()) {
                    if (rs.next()) {
                        Time opens = rs.getTime(1);
                        String old = opens == null
                                ? "休息"
                                : opens.toLocalTime() + "-" + rs.getTime(2).toLocalTime();
                        AuditLog.record(
                                c,
                                actor,
                                "plan.exception",
                                officeId + "/" + serviceId,
                                day + ": " + old + " → (removed)");
                    }
                }
            }
            return null;
        });
    }

    public List<WorkingPlan> plans(List<String> officeIds) {
        try (Connection c = db.getConnection()) {
            return ScheduleReads.plans(c, officeIds);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read plans", e);
        }
    }

    private static Optional<WorkingPlan> plan(Connection c, String officeId, String serviceId) throws SQLException {
        return ScheduleReads.plans(c, List.of(officeId)).stream()
                .filter(p -> p.serviceId().equals(serviceId))
                .findFirst();
    }

    static String describe(WorkingPlan plan) {
        StringBuilder text = new StringBuilder()
                .append(plan.slotLength().toMinutes())
                .append(" 分钟/段，每段 ")
                .append(plan.seatsPerSlot())
                .append(" 人，至少提前 ")
                .append(plan.minimumNotice().toMinutes())
                .append(" 分钟预约");
        for (Map.Entry<DayOfWeek, DayHours> day : plan.weekly().entrySet()) {
            text.append("；").append(day.getKey().getValue()).append(" ").append(day.getValue());
        }
        return text.toString();
    }

    static String describe(PlanException exception) {
        return exception.hours().map(DayHours::toString).orElse("休息 closed");
    }
}
