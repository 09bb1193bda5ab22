package org.legalkiosk.kiosk.booking.store;

import org.legalkiosk.kiosk.booking.domain.Office;
import org.legalkiosk.kiosk.booking.domain.Service;
import org.legalkiosk.kiosk.booking.domain.Slot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read-only questions the booking screens ask of the schedule (which services, which offices, which days still
 * have a seat), over the store's own connection. Kept apart from {@link BookingStore} so its writes stay in one
 * place; reads only, so no transaction is needed.
 */
public final class ScreenQueries {

    private final BookingStore store;

    public ScreenQueries(BookingStore store) {
        this.store = store;
    }

    /** Every service in the schedule, by id. */
    public List<Service> services() {
        return query("SELECT id, name_zh, name_en FROM services ORDER BY id", List.of(),
                rs -> new Service(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The offices that have at least one slot of the service, by name. */
    public List<Office> officesOffering(String serviceId) {
        return query("""
                SELECT o.id, o.name, o.address, o.phone, o.hours FROM offices o
                WHERE EXISTS (SELECT 1 FROM slots s WHERE s.office_id = o.id AND s.service_id = ?)
                ORDER BY o.name, o.id""", List.of(serviceId), ScreenQueries::office);
    }

    public Optional<Office> office(String officeId) {
        return query("SELECT id, name, address, phone, hours FROM offices WHERE id = ?", List.of(officeId),
                ScreenQueries::office).stream().findFirst();
    }

    public Optional<Slot> slot(String slotId) {
        return query("SELECT id, office_id, service_id, start, end, capacity FROM slots WHERE id = ?",
                List.of(slotId), rs -> new Slot(rs.getString(1), rs.getString(2), rs.getString(3),
                        LocalDateTime.parse(rs.getString(4)), LocalDateTime.parse(rs.getString(5)), rs.getInt(6)))
                .stream().findFirst();
    }

    /**
     * The days before {@code untilExclusive} on which a slot of the service at the office, starting after
     * {@code after}, has a free seat.
     */
    public List<LocalDate> daysWithFreeSeats(String officeId, String serviceId, LocalDateTime after,
                                             LocalDate untilExclusive) {
        return query("""
                SELECT DISTINCT substr(s.start, 1, 10) AS day FROM slots s
                WHERE s.office_id = ? AND s.service_id = ? AND s.start > ? AND s.start < ?
                  AND s.capacity > (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.state = 'CONFIRMED')
                ORDER BY day""",
                List.of(officeId, serviceId, after.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(),
                        untilExclusive.atStartOfDay().toString()),
                rs -> LocalDate.parse(rs.getString(1)));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static Office office(ResultSet rs) throws SQLException {
        return new Office(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private <T> List<T> query(String sql, List<String> parameters, Row<T> row) {
        try (Connection connection = store.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the schedule", e);
        }
    }
}
