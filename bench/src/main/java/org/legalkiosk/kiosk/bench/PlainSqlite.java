package org.legalkiosk.kiosk.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

/**
 * The baseline for the booking benchmark: a bare SQLite file with one table of fixed-size rows, opened with the
 * pragmas the booking store uses (WAL, synchronous=FULL, a busy timeout), so the only difference left is what a
 * booking does on top of one durable INSERT.
 */
final class PlainSqlite implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Path file;
    private final byte[] row;
    private final Connection connection;
    private final PreparedStatement insert;

    private PlainSqlite(Path file, int rowBytes) throws SQLException {
        this.file = file;
        this.row = new byte[rowBytes];
        new SecureRandom().nextBytes(row); // random, so nothing compresses or dedupes differently from ciphertext
        this.connection = connect(file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS plain (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
        }
        this.insert = connection.prepareStatement("INSERT INTO plain (data) VALUES (?)");
    }

    /** Creates (or reopens) the file with its table; the connection stays open until {@link #close()}. */
    static PlainSqlite open(Path file, int rowBytes) throws SQLException {
        if (rowBytes < 1) {
            throw new IllegalArgumentException("rows must hold at least one byte, not " + rowBytes);
        }
        return new PlainSqlite(file, rowBytes);
    }

    /** A connection with the booking store's pragmas, to any SQLite file. */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** One row in its own (autocommit) transaction on the connection kept open. */
    void insert() throws SQLException {
        insert.setBytes(1, row);
        insert.executeUpdate();
    }

    /** One row in its own transaction on a connection opened for it, as the booking store does for every call. */
    void insertOnNewConnection() throws SQLException {
        try (Connection fresh = connect(file);
                PreparedStatement statement = fresh.prepareStatement("INSERT INTO plain (data) VALUES (?)")) {
            statement.setBytes(1, row);
            statement.executeUpdate();
        }
    }

    /** {@code count} rows in one transaction: filling the table for the read baselines, not a measurement. */
    void fill(int count) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i < count; i++) {
                insert();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Reads the row with this id on a connection opened for it (as the outbox does); answers its size or -1. */
    int lookupOnNewConnection(long id) throws SQLException {
        try (Connection fresh = connect(file);
                PreparedStatement query = fresh.prepareStatement("SELECT id, data FROM plain WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBytes(2).length : -1;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        connection.close();
    }
}
