package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.legalkiosk.booking.domain.Booking;
import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Slot;

/**
 * Reading bookings back: by code, the agent's export in change order, counts by state. Personal fields are
 * decrypted here with the associated data {@link BookingStore#context} names, so a value copied to another row or
 * column fails instead of showing.
 */
final class BookingReads {

    private final Database database;
    private final FieldCipher cipher;

    BookingReads(Database database, FieldCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    /**
     * The bookings changed after {@code cursor} (null or empty: from the beginning), oldest change first, at most
     * {@code limit} of them. Every booking appears once per page with its current state; a booking changed again
     * after it was exported appears again later.
     *
     * @throws IllegalArgumentException for a cursor this store did not hand out, or a limit outside 1..{@value
     *                                  ExportPage#MAX_LIMIT}
     */
    ExportPage export(String cursor, int limit) {
        if (limit < 1 || limit > ExportPage.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + ExportPage.MAX_LIMIT + ", not " + limit);
        }
        long after = cursor == null || cursor.isEmpty() ? 0 : ExportCursor.decode(cursor);
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("""
                SELECT b.code, b.slot_id, b.name, b.id_number, b.phone, b.matter, b.note, b.state, b.created,
                    b.change_seq, s.id, s.office_id, s.service_id, s.start, s.end, s.capacity
                FROM bookings b LEFT JOIN slots s ON s.id = b.slot_id
                WHERE b.change_seq > ? ORDER BY b.change_seq LIMIT ?""")) {
            query.setLong(1, after);
            query.setInt(2, limit + 1);
            List<ExportPage.Entry> entries = new ArrayList<>();
            boolean more = false;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (entries.size() == limit) {
                        more = true;
                        break;
                    }
                    Optional<Slot> slot =
                            rs.getString(11) == null ? Optional.empty() : Optional.of(ScheduleReads.slot(rs, 11));
                    entries.add(new ExportPage.Entry(booking(rs), slot, rs.getLong(10)));
                }
            }
            long last =
                    entries.isEmpty() ? after : entries.get(entries.size() - 1).change();
            return new ExportPage(entries, ExportCursor.encode(last), more);
        } catch (SQLException e) {
            throw new BookingStoreException("cannot export bookings", e);
        }
    }

    /** How many bookings are in each state; states with none are present with 0. */
    Map<BookingState, Integer> countsByState() {
        Map<BookingState, Integer> counts = new EnumMap<>(BookingState.class);
        for (BookingState state : BookingState.values()) {
            counts.put(state, 0);
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT state, count(*) FROM bookings GROUP BY state")) {
            while (rs.next()) {
                counts.put(BookingState.valueOf(rs.getString(1)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot count bookings", e);
        }
    }

    /** The code of the most recently made booking that still holds its seat (the demo panel shows it to the camera). */
    Optional<String> latestConfirmedCode() {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT code FROM bookings WHERE state = 'CONFIRMED' ORDER BY created DESC, rowid DESC LIMIT 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read the latest booking", e);
        }
    }

    /** The booking with this code (unformatted, as {@link BookingCode#parse} returns it). */
    Optional<Booking> find(String code) {
        try (Connection connection = database.connect()) {
            return read(connection, code);
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read booking " + code, e);
        }
    }

    Optional<Booking> read(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT code, slot_id, name, id_number, phone, matter, note, state, created
                FROM bookings WHERE code = ?""")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(booking(rs));
            }
        }
    }

    /** A booking from the first nine columns of a row, in the order {@link #read} selects them. */
    private Booking booking(ResultSet rs) throws SQLException {
        String found = rs.getString(1);
        return new Booking(
                found,
                rs.getString(2),
                decrypt(rs, 3, found, "name"),
                decrypt(rs, 4, found, "id_number"),
                decrypt(rs, 5, found, "phone"),
                rs.getString(6),
                decrypt(rs, 7, found, "note"),
                BookingState.valueOf(rs.getString(8)),
                Instant.parse(rs.getString(9)));
    }

    private String decrypt(ResultSet rs, int column, String code, String field) throws SQLException {
        return cipher.decrypt(rs.getBytes(column), BookingStore.context(code, field));
    }
}
