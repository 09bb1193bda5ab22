package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts the names and notes that files from before schema 4 hold in clear, with the same cipher and contexts
 * as new bookings. SQL alone cannot do it (the key is not in the database), so it runs right after the scripts.
 * A row is converted when its name is still stored as text; the whole conversion is one transaction, so a power
 * cut leaves every row as it was or every row converted. The file is then vacuumed and its WAL emptied, so the
 * clear values do not survive in freed pages.
 */
final class PersonalFieldsMigration {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalFieldsMigration.class);

    private PersonalFieldsMigration() {}

    private record ClearRow(String code, String name, String note) {}

    /** Answers how many rows were converted; 0 when none was left in clear. */
    static int encryptClearFields(Connection connection, FieldCipher cipher) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            List<ClearRow> rows = new ArrayList<>();
            try {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT code, name, note FROM bookings WHERE typeof(name) = 'text' OR typeof(note) = 'text'")) {
                    while (rs.next()) {
                        rows.add(new ClearRow(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE bookings SET name = ?, note = ? WHERE code = ?")) {
                    for (ClearRow row : rows) {
                        update.setBytes(1, cipher.encrypt(row.name(), BookingStore.context(row.code(), "name")));
                        update.setBytes(
                                2,
                                cipher.encrypt(
                                        row.note() == null ? "" : row.note(),
                                        BookingStore.context(row.code(), "note")));
                        update.setString(3, row.code());
                        update.executeUpdate();
                    }
                }
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            if (!rows.isEmpty()) {
                statement.execute("VACUUM");
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                LOG.info("Encrypted the name and note of {} bookings stored in clear by an older version", rows.size());
            }
            return rows.size();
        }
    }
}
