package org.legalkiosk.kiosk.booking.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.booking.store.Schedules.ID_NUMBER;
import static org.legalkiosk.kiosk.booking.store.Schedules.PHONE;

class MigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyFileIsMigratedToTheLatestSchema() throws Exception {
        Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
        Files.createFile(db);
        try (BookingStore store = BookingStore.open(dataDir)) {
            try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
                assertEquals(Migrations.latest(), Migrations.currentVersion(statement));
                assertTrue(columns(statement, "outbox").contains("attempts"));
                try (ResultSet rs = statement.executeQuery("PRAGMA journal_mode")) {
                    assertEquals("wal", rs.getString(1));
                }
                try (ResultSet rs = statement.executeQuery("PRAGMA synchronous")) {
                    assertEquals(2, rs.getInt(1), "synchronous=FULL");
                }
            }
        }
    }

    @Test
    void aFileAtThePreviousVersionIsMigratedKeepingItsBookings() throws Exception {
        String code;
        try (BookingStore store = BookingStore.open(dataDir)) {
            Schedules.put(store, Schedules.slot("s9", 9, 2));
            code = store.book("s9", "张三", ID_NUMBER, PHONE, "欠薪", "").code();
        }
        // Rebuild the same content in a file that stopped at the previous version.
        Path old = Files.createDirectories(dataDir.resolve("old"));
        Files.copy(dataDir.resolve(BookingStore.KEY_FILE), old.resolve(BookingStore.KEY_FILE));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(BookingStore.DATABASE_FILE));
             Statement statement = connection.createStatement()) {
            assertEquals(Migrations.latest() - 1, Migrations.migrate(connection, Migrations.latest() - 1));
            assertTrue(!columns(statement, "outbox").contains("attempts"));
            statement.execute("ATTACH DATABASE '" + dataDir.resolve(BookingStore.DATABASE_FILE) + "' AS current");
            for (String table : List.of("offices", "services", "slots", "bookings")) {
                statement.execute("INSERT INTO main." + table + " SELECT * FROM current." + table);
            }
            statement.execute("INSERT INTO main.outbox SELECT id, event_type, idempotency_key, payload, created, sent"
                    + " FROM current.outbox");
            statement.execute("DETACH DATABASE current");
        }
        try (BookingStore store = BookingStore.open(old)) {
            try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
                assertEquals(Migrations.latest(), Migrations.currentVersion(statement));
                assertTrue(columns(statement, "outbox").contains("attempts"));
            }
            assertEquals(ID_NUMBER, store.find(code).orElseThrow().idNumber());
            assertEquals(1, store.outboxPending().size());
            assertEquals(1, store.slots("o1", "aid", Schedules.NINE.toLocalDate()).get(0).remaining());
        }
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() throws Exception {
        BookingStore.open(dataDir).close();
        try (BookingStore store = BookingStore.open(dataDir);
             Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            assertEquals(Migrations.latest(), Migrations.migrate(connection));
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM schema_version")) {
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aFileFromANewerProgramIsRefusedUntouched() throws Exception {
        BookingStore.open(dataDir).close();
        Path db = dataDir.resolve(BookingStore.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE schema_version SET version = " + (Migrations.latest() + 1));
            SQLException e = assertThrows(SQLException.class, () -> Migrations.migrate(connection));
            assertTrue(e.getMessage().contains("newer"), e.getMessage());
            assertEquals(Migrations.latest() + 1, Migrations.currentVersion(statement));
        }
        assertThrows(BookingStoreException.class, () -> BookingStore.open(dataDir));
    }

    private static List<String> columns(Statement statement, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
