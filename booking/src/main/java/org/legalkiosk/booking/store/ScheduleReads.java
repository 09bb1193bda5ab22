package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;

/**
 * Every question asked of the schedule, by the touchscreen and by the agent alike: one query path, so what the
 * tests check is what a villager is offered. Lists hold only what the current schedule lists, in its order; a
 * service or office the county dropped stays readable by id only, because slots still hold confirmed bookings
 * for it ("my booking" and the slip must still name it). Reads only: no transaction is needed.
 */
public final class ScheduleReads {

    private static final String OFFICE_COLUMNS = "o.id, o.name, o.address, o.phone, o.hours";
    private static final String SLOT_COLUMNS = "s.id, s.office_id, s.service_id, s.start, s.end, s.capacity, s.book_by";
    /** Seats still free in slot {@code s}: only confirmed bookings hold one. */
    private static final String FREE_SEATS =
            "s.capacity - (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED')";

    private final Database database;

    ScheduleReads(Database database) {
        this.database = database;
    }

    /** The services of the current schedule, in the schedule's order. */
    public List<Service> services() {
        return database.query(
                "SELECT id, name_zh, name_en FROM services WHERE position IS NOT NULL" + " ORDER BY position",
                st -> {},
                ScheduleReads::service,
                "the services");
    }

    /** Any service by id, including one kept only because confirmed bookings refer to it (for "my booking"). */
    public Optional<Service> service(String serviceId) {
        return database
                .query(
                        "SELECT id, name_zh, name_en FROM services WHERE id = ?",
                        st -> st.setString(1, serviceId),
                        ScheduleReads::service,
                        "service " + serviceId)
                .stream()
                .findFirst();
    }

    /** The offices of the current schedule, in the schedule's order. */
    public List<Office> offices() {
        return database.query(
                "SELECT " + OFFICE_COLUMNS + " FROM offices o WHERE o.position IS NOT NULL" + " ORDER BY o.position",
                st -> {},
                ScheduleReads::office,
                "the offices");
    }

    /** Any office by id, including one kept only because confirmed bookings refer to it (for "my booking"). */
    public Optional<Office> office(String officeId) {
        return database
                .query(
                        "SELECT " + OFFICE_COLUMNS + " FROM offices o WHERE o.id = ?",
                        st -> st.setString(1, officeId),
                        ScheduleReads::office,
                        "office " + officeId)
                .stream()
                .findFirst();
    }

    /**
     * The offices of the current schedule where a visitor can book the service: the service is listed too, and at
     * least one slot still offered at {@code from} (its {@link Slot#bookBy()} not earlier) has a free seat. In the schedule's order.
     */
    public List<Office> officesOffering(String serviceId, LocalDateTime from) {
        return database.query(
                "SELECT " + OFFICE_COLUMNS + " FROM offices o WHERE o.position IS NOT NULL"
                        + " AND EXISTS (SELECT 1 FROM services v WHERE v.id = ? AND v.position IS NOT NULL)"
                        + " AND EXISTS (SELECT 1 FROM slots s WHERE s.office_id = o.id AND s.service_id = ? AND s.book_by >= ?"
                        + " AND " + FREE_SEATS + " > 0)"
                        + " ORDER BY o.position",
                st -> {
                    st.setString(1, serviceId);
                    st.setString(2, serviceId);
                    st.setString(3, from.toString());
                },
                ScheduleReads::office,
                "the offices of service " + serviceId);
    }

    /**
     * The days from {@code from}'s date on, {@code days} days in all, on which the office has a free seat for the
     * service in a slot still offered at {@code from} (so today's past slots, and those within the office's minimum
     * notice, do not count), in date order.
     */
    public List<DayAvailability> days(String officeId, String serviceId, LocalDateTime from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        String until = from.toLocalDate().plusDays(days).atStartOfDay().toString();
        return database.query(
                "SELECT substr(start, 1, 10) AS day, count(*), sum(free) FROM ("
                        + " SELECT s.start, " + FREE_SEATS + " AS free"
                        + " FROM slots s WHERE s.office_id = ? AND s.service_id = ? AND s.book_by >= ? AND s.start < ?)"
                        + " WHERE free > 0 GROUP BY day ORDER BY day",
                st -> {
                    st.setString(1, officeId);
                    st.setString(2, serviceId);
                    st.setString(3, from.toString());
                    st.setString(4, until);
                },
                rs -> new DayAvailability(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3)),
                "days");
    }

    /** The slots of one service at one office on one day, in time order, with their free seats (full ones too). */
    public List<SlotAvailability> slots(String officeId, String serviceId, LocalDate day) {
        return database.query(
                "SELECT " + SLOT_COLUMNS + ", " + FREE_SEATS + " AS free FROM slots s"
                        + " WHERE s.office_id = ? AND s.service_id = ? AND s.start >= ? AND s.start < ?"
                        + " ORDER BY s.start, s.id",
                st -> {
                    st.setString(1, officeId);
                    st.setString(2, serviceId);
                    st.setString(3, day.atStartOfDay().toString());
                    st.setString(4, day.plusDays(1).atStartOfDay().toString());
                },
                rs -> new SlotAvailability(slot(rs), Math.max(0, rs.getInt(8))),
                "slots");
    }

    /** Any slot by id, including one the county dropped that still holds confirmed bookings. */
    public Optional<Slot> slot(String slotId) {
        return database
                .query(
                        "SELECT " + SLOT_COLUMNS + " FROM slots s WHERE s.id = ?",
                        st -> st.setString(1, slotId),
                        ScheduleReads::slot,
                        "slot " + slotId)
                .stream()
                .findFirst();
    }

    /** One slot read on a connection the caller holds (inside its transaction). */
    static Optional<Slot> slot(Connection connection, String slotId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT " + SLOT_COLUMNS + " FROM slots s WHERE s.id = ?")) {
            query.setString(1, slotId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(slot(rs)) : Optional.empty();
            }
        }
    }

    /** A slot from the first seven columns of a row, in the order of {@link #SLOT_COLUMNS}. */
    static Slot slot(ResultSet rs) throws SQLException {
        Slot slot = slot(rs, 1);
        LocalDateTime bookBy = LocalDateTime.parse(rs.getString(7));
        return new Slot(
                slot.id(), slot.officeId(), slot.serviceId(), slot.start(), slot.end(), slot.capacity(), bookBy);
    }

    /** A slot from six columns of a row starting at {@code first} (offered until it starts: exports ask no more). */
    static Slot slot(ResultSet rs, int first) throws SQLException {
        return new Slot(
                rs.getString(first),
                rs.getString(first + 1),
                rs.getString(first + 2),
                LocalDateTime.parse(rs.getString(first + 3)),
                LocalDateTime.parse(rs.getString(first + 4)),
                rs.getInt(first + 5));
    }

    private static Office office(ResultSet rs) throws SQLException {
        return new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static Service service(ResultSet rs) throws SQLException {
        return new Service(rs.getString(1), rs.getString(2), rs.getString(3));
    }
}
