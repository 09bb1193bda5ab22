package org.legalkiosk.booking.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.sqlite.SQLiteConfig;

/**
 * The booking database file: how a connection is opened (WAL, {@code synchronous=FULL}, a busy timeout; see
 * docs/decisions/0001) and the one transaction helper every write goes through. Each call opens its own
 * connection, so the parts of the store are safe to share between threads and SQLite's own locking serialises
 * writers, in this process and in any other.
 */
final class Database {

    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final String url;
    private final SQLiteConfig config;

    Database(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, config.toProperties());
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work holding the write lock from the start ({@code BEGIN IMMEDIATE}), so a check and the write after
     * it cannot interleave with another writer's; commits when the work returns, rolls back when it throws.
     */
    <T> T inTransaction(Work<T> work) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new BookingStoreException("booking store transaction failed", e);
        }
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row the query answers, read by {@code row}; {@code what} names the read in the error. */
    <T> List<T> query(String sql, Binder binder, Row<T> row, String what) {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            binder.bind(query);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new BookingStoreException("cannot read " + what, e);
        }
    }
}
